package org.partnerdashboard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading uploaded CSV and XLSX into one table shape; anything else is refused with a reason. */
class SpreadsheetReaderTest {

    private static String refused(String fileName, byte[] content) {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> SpreadsheetReader.read(fileName, content));
        assertThat(invalid).isNotNull();
        return invalid.messageKey();
    }

    @Test
    void csvWithAByteOrderMarkQuotesAndBlankLines() {
        byte[] csv = ("\uFEFFID,Name,Employer\n1,Ada,\"Acme, Inc.\"\n\n2,Bo,Zed\n").getBytes(StandardCharsets.UTF_8);

        ImportTable table = SpreadsheetReader.read("list.csv", csv);

        assertThat(table.headers()).containsExactly("ID", "Name", "Employer");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().getFirst()).containsExactly("1", "Ada", "Acme, Inc.");
    }

    @Test
    void xlsxCellsAsTheirText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("ID");
            header.createCell(1).setCellValue("Wage");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("A-1");
            row.createCell(1).setCellValue(19.25);
            workbook.write(out);
        }

        ImportTable table = SpreadsheetReader.read("list.xlsx", out.toByteArray());

        assertThat(table.headers()).containsExactly("ID", "Wage");
        assertThat(table.rows()).containsExactly(List.of("A-1", "19.25"));
    }

    @Test
    void emptyHeaderOnlyAndBinaryFilesAreRefused() {
        assertThat(refused("empty.csv", new byte[0])).isEqualTo("import.error.empty");
        assertThat(refused("header-only.csv", "ID,Name\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.error.no-data-rows");
        assertThat(refused("photo.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3}))
                .isEqualTo("import.error.not-a-spreadsheet");
    }
}
