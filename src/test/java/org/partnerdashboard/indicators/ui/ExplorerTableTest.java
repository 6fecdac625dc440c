package org.partnerdashboard.indicators.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.indicators.Quarter;

/** The explorer's numbers download: withheld figures are empty cells flagged not disclosed, never zero. */
class ExplorerTableTest {

    private static final List<ExplorerRow> ROWS = List.of(
            new ExplorerRow(new IndicatorPoint("332", "17031", new Quarter(2016, 1), true, 1138, 30768, 1054,
                    "BLS QCEW"), "332 Fabricated Metal Products", "Cook County", 0.31),
            new ExplorerRow(new IndicatorPoint("316", "17031", new Quarter(2016, 1), false, null, null, null,
                    "BLS QCEW"), "316 Leather and Allied Products", "Cook County", null));

    @Test
    void csvRoundTripsThroughAParser() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExplorerTable.write(ROWS, TabularFormat.CSV, out);

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(BOMInputStream.builder().setInputStream(
                        new ByteArrayInputStream(out.toByteArray())).get(), StandardCharsets.UTF_8)).getRecords();

        assertThat(records).hasSize(2);
        assertThat(records.getFirst().get("average_monthly_employment")).isEqualTo("30768");
        assertThat(records.getFirst().get("employment_change_over_the_year_percent")).isEqualTo("0.3");
        assertThat(records.get(1).get("disclosed")).isEqualTo("false");
        assertThat(records.get(1).get("average_monthly_employment")).isEmpty();
    }

    @Test
    void xlsxHasNumbersAndEmptyWithheldCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExplorerTable.write(ROWS, TabularFormat.XLSX, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("average_monthly_employment");
            assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(30768);
            assertThat(sheet.getRow(2).getCell(6).getBooleanCellValue()).isFalse();
            assertThat(sheet.getRow(2).getCell(8).getCellType()).isEqualTo(CellType.BLANK);
        }
    }
}
