package eu.dmhub.insights.application;

import eu.dmhub.insights.application.ReportTables.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes report tables as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
 * the letters right) and as XLSX (a minimal Office Open XML workbook, one sheet per table, numbers
 * kept as numbers). A suppressed figure is written as the given word, never as a number.
 */
public final class Exports {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Exports() {}

    /** A download of {@code body} named {@code name}. */
    public static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    public static byte[] csv(List<Table> tables, String suppressed) {
        var out = new StringBuilder("\uFEFF");
        for (Table table : tables) {
            out.append(csvField(table.title())).append("\r\n");
            csvLine(out, List.copyOf(table.headings()), suppressed);
            for (List<Object> row : table.rows()) {
                csvLine(out, row, suppressed);
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void csvLine(StringBuilder out, List<?> cells, String suppressed) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            out.append(cell == ReportTables.SUPPRESSED ? csvField(suppressed) : csvField(String.valueOf(cell)));
        }
        out.append("\r\n");
    }

    private static String csvField(String text) {
        String safe = text;
        // a cell starting like a formula is not run by a spreadsheet program
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0 && !isNumber(safe)) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static byte[] xlsx(List<Table> tables, String suppressed) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            var types = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
            var sheets = new StringBuilder();
            var relations = new StringBuilder();
            for (int i = 1; i <= tables.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet")
                        .append(i)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.")
                        .append("spreadsheetml.worksheet+xml\"/>");
                sheets.append("<sheet name=\"")
                        .append(xml(sheetName(tables.get(i - 1).title(), i)))
                        .append("\" sheetId=\"")
                        .append(i)
                        .append("\" r:id=\"rId")
                        .append(i)
                        .append("\"/>");
                relations
                        .append("<Relationship Id=\"rId")
                        .append(i)
                        .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
                        .append("worksheet\" Target=\"worksheets/sheet")
                        .append(i)
                        .append(".xml\"/>");
            }
            types.append("</Types>");
            entry(zip, "[Content_Types].xml", types.toString());
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="xl/workbook.xml"/></Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""" + sheets + "</sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" + relations + "</Relationships>");
            for (int i = 1; i <= tables.size(); i++) {
                entry(zip, "xl/worksheets/sheet" + i + ".xml", sheet(tables.get(i - 1), suppressed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sheet(Table table, String suppressed) {
        var xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        int[] row = {0};
        sheetRow(xml, ++row[0], List.copyOf(table.headings()), suppressed);
        for (List<Object> cells : table.rows()) {
            sheetRow(xml, ++row[0], cells, suppressed);
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static void sheetRow(StringBuilder xml, int row, List<?> cells, String suppressed) {
        xml.append("<row r=\"").append(row).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            String ref = column(c) + row;
            Object cell = cells.get(c);
            if (cell instanceof Number number) {
                xml.append("<c r=\"")
                        .append(ref)
                        .append("\"><v>")
                        .append(number)
                        .append("</v></c>");
            } else {
                String text = cell == ReportTables.SUPPRESSED ? suppressed : String.valueOf(cell);
                xml.append("<c r=\"")
                        .append(ref)
                        .append("\" t=\"inlineStr\"><is><t>")
                        .append(xml(text))
                        .append("</t></is></c>");
            }
        }
        xml.append("</row>");
    }

    private static String column(int index) {
        String name = "";
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            name = (char) ('A' + rem) + name;
            n = (n - 1) / 26;
        }
        return name;
    }

    /** Sheet names: at most 31 characters, none of []:*?/\ and unique. */
    private static String sheetName(String title, int number) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        String prefix = number + " ";
        return prefix + clean.substring(0, Math.min(clean.length(), 31 - prefix.length()));
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
