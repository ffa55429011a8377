package eu.dmhub.insights.application;

import eu.dmhub.insights.application.ReportTables.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes report tables as CSV (RFC 4180 with Commons CSV, UTF-8 with a byte-order mark so
 * spreadsheet programs read the letters right) and as XLSX (fastexcel, one sheet per table,
 * numbers kept as numbers). A suppressed figure is written as the given word, never as a number.
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

    /** The tables one after another, each as its title, its headings and its rows, then a blank line. */
    public static byte[] csv(List<Table> tables, String suppressed) {
        var bytes = new ByteArrayOutputStream();
        var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (var printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            for (Table table : tables) {
                printer.printRecord(csvCell(table.title(), suppressed));
                printer.printRecord(table.headings().stream().map(h -> csvCell(h, suppressed)));
                for (List<Object> row : table.rows()) {
                    printer.printRecord(row.stream().map(cell -> csvCell(cell, suppressed)));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A cell as CSV text. Text starting like a formula ({@code = + - @}, a tab or a carriage return)
     * gets a leading apostrophe, so that a spreadsheet program shows it instead of running it.
     */
    static String csvCell(Object cell, String suppressed) {
        if (cell == ReportTables.SUPPRESSED) {
            return suppressed;
        }
        String text = String.valueOf(cell);
        if (cell instanceof Number || text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }

    public static byte[] xlsx(List<Table> tables, String suppressed) {
        var bytes = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(bytes, "Digital Maturity Hub", "1.0");
            for (int i = 0; i < tables.size(); i++) {
                sheet(workbook.newWorksheet(sheetName(tables.get(i).title(), i + 1)), tables.get(i), suppressed);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void sheet(Worksheet sheet, Table table, String suppressed) {
        for (int c = 0; c < table.headings().size(); c++) {
            sheet.value(0, c, table.headings().get(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell instanceof Number number) {
                    sheet.value(r + 1, c, number);
                } else {
                    sheet.value(r + 1, c, cell == ReportTables.SUPPRESSED ? suppressed : String.valueOf(cell));
                }
            }
        }
    }

    /** Sheet names: at most 31 characters, none of []:*?/\ and unique (numbered). */
    private static String sheetName(String title, int number) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\']", " ").trim();
        String prefix = number + " ";
        return prefix + clean.substring(0, Math.min(clean.length(), 31 - prefix.length()));
    }
}
