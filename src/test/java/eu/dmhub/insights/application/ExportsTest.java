package eu.dmhub.insights.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dmhub.insights.application.ReportTables.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** Both exports open in the libraries that read them, hold the tables cell by cell, and run no formula. */
class ExportsTest {

    private static final List<Table> TABLES = List.of(
            new Table("Filter", List.of("Setting", "Value"), List.of(List.of("NUTS region", "Tartu, Estonia"))),
            new Table(
                    "Heat map: mean score",
                    List.of("Country", "Companies", "Overall (/ 100)"),
                    List.of(
                            Arrays.asList("=HYPERLINK(\"http://example.com\",\"click\")", 120L, 41.25),
                            Arrays.asList("Latvia", ReportTables.SUPPRESSED, ReportTables.SUPPRESSED),
                            Arrays.asList("+SUM(A1:A9)", 15L, -3.5),
                            Arrays.asList("@cmd", 12L, 7.0),
                            Arrays.asList("-2+3", 11L, 0.0),
                            Arrays.asList("A \"quoted\" name", 10L, 100.0))));

    @Test
    void theCsvReadsBackWithCommonsCsvCellByCellWithTheWordForSuppressed() throws IOException {
        byte[] csv = Exports.csv(TABLES, "suppressed");
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = read(csv);
        assertThat(records.get(0).values()).containsExactly("Filter");
        assertThat(records.get(1).values()).containsExactly("Setting", "Value");
        assertThat(records.get(2).values()).containsExactly("NUTS region", "Tartu, Estonia");
        assertThat(records.get(5).values()).containsExactly("Country", "Companies", "Overall (/ 100)");
        assertThat(records.get(7).values()).containsExactly("Latvia", "suppressed", "suppressed");
        assertThat(records.get(8).get(2)).isEqualTo("-3.5");
        assertThat(records.get(11).get(0)).isEqualTo("A \"quoted\" name");
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void aCsvCellThatStartsLikeAFormulaIsWrittenAsTextNotRun() throws IOException {
        List<CSVRecord> records = read(Exports.csv(TABLES, "suppressed"));
        assertThat(records.get(6).get(0)).isEqualTo("'=HYPERLINK(\"http://example.com\",\"click\")");
        assertThat(records.get(8).get(0)).isEqualTo("'+SUM(A1:A9)");
        assertThat(records.get(9).get(0)).isEqualTo("'@cmd");
        assertThat(records.get(10).get(0)).isEqualTo("'-2+3");
        assertThat(Exports.csvCell("\tcmd", "x")).isEqualTo("'\tcmd");
        assertThat(Exports.csvCell(-3.5, "x"))
                .as("a negative number stays a number")
                .isEqualTo("-3.5");
        assertThat(Exports.csvCell("Estonia", "x")).isEqualTo("Estonia");
    }

    @Test
    void theWorkbookReadsBackWithOneSheetPerTableAndNumbersAsNumbers() throws IOException {
        byte[] xlsx = Exports.xlsx(TABLES, "suppressed");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("1 Filter", "2 Heat map  mean score");
            List<Row> filter = sheets.get(0).read();
            assertThat(filter.get(1).getCellText(1)).isEqualTo("Tartu, Estonia");
            List<Row> heat = sheets.get(1).read();
            assertThat(heat.get(0).getCellText(2)).isEqualTo("Overall (/ 100)");
            Cell formulaLike = heat.get(1).getCell(0);
            assertThat(formulaLike.getType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getText()).isEqualTo("=HYPERLINK(\"http://example.com\",\"click\")");
            assertThat(heat.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(heat.get(1).getCellAsNumber(2)).contains(new BigDecimal("41.25"));
            assertThat(heat.get(2).getCellText(1)).isEqualTo("suppressed");
            assertThat(heat.get(2).getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(heat.get(3).getCellAsNumber(2)).contains(new BigDecimal("-3.5"));
        }
    }

    private static List<CSVRecord> read(byte[] csv) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
            reader.read(); // the byte-order mark
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }
}
