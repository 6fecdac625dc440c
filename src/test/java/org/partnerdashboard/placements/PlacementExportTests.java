package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.TabularFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Downloads of the placements grid, read back with a real CSV parser and Apache POI: the grid's filter and sort,
 * names only where allowed, formulas neutralized, audited. On H2 and PostgreSQL.
 */
@WithUserDetails("wbc.staff")
abstract class PlacementExportTests {

    private static final List<String> HEADER = List.of("Start", "Job seeker", "Organization", "Employer", "Job title",
            "NAICS", "Subsector", "Type", "Wage", "Full time", "Status");

    @Autowired
    PlacementService placements;

    @Autowired
    JdbcTemplate jdbc;

    private byte[] export(PlacementFilter filter, Sort sort, TabularFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        placements.export(filter, sort, format, HEADER, Enum::name, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(
                new InputStreamReader(BOMInputStream.builder().setInputStream(new ByteArrayInputStream(bytes)).get(),
                        StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }

    @Test
    void theCsvHasTheGridsRowsInItsOrder() throws Exception {
        PlacementFilter only332 = new PlacementFilter(null, null, "332", null, null, null, null, null, null, null);

        List<CSVRecord> rows = csv(export(only332, Sort.by("startDate"), TabularFormat.CSV));

        assertThat(rows).hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE naics_code = '332'",
                Integer.class));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("NAICS")).isEqualTo("332"));
        assertThat(rows.stream().map(r -> LocalDate.parse(r.get("Start"))).toList()).isSorted();
        assertThat(rows.getFirst().get("Job seeker")).contains(", ");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT'"
                + " AND target_type = 'PlacementList' AND details LIKE ?", Long.class, "CSV, " + rows.size() + " rows%"))
                .isPositive();
    }

    @Test
    void theXlsxOpensWithRealNumbersAndDates() throws Exception {
        byte[] bytes = export(PlacementFilter.NONE, Sort.unsorted(), TabularFormat.XLSX);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(300);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Start");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isBeforeOrEqualTo(LocalDate.of(2026, 6, 15));
            long paid = 0;
            for (int i = 1; i <= 300; i++) {
                var wage = sheet.getRow(i).getCell(8);
                if (wage.getCellType() == CellType.NUMERIC) {
                    assertThat(wage.getNumericCellValue()).isBetween(7.25, 200.0);
                    paid++;
                }
            }
            assertThat(paid).isPositive();
        }
    }

    @Test
    @Transactional
    void textThatLooksLikeAFormulaIsNeutralized() throws Exception {
        jdbc.update("UPDATE placement SET job_title = '=HYPERLINK(\"http://evil.example\",\"x\")' WHERE id = "
                + "(SELECT MIN(id) FROM placement)");

        List<CSVRecord> rows = csv(export(PlacementFilter.NONE, Sort.unsorted(), TabularFormat.CSV));

        assertThat(rows).anySatisfy(r -> assertThat(r.get("Job title")).startsWith("'=HYPERLINK"));
        assertThat(rows).noneSatisfy(r -> assertThat(r.get("Job title")).startsWith("="));
    }

    @Test
    @WithUserDetails("admin")
    void administratorsDownloadRowsWithoutNames() throws Exception {
        List<CSVRecord> rows = csv(export(PlacementFilter.NONE, Sort.unsorted(), TabularFormat.CSV));

        assertThat(rows).hasSize(300).allSatisfy(r -> assertThat(r.get("Job seeker")).isEmpty());
    }

    @Test
    @WithUserDetails("kinzie.staff")
    void communityStaffDownloadOnlyTheirOwnOrganization() throws Exception {
        List<CSVRecord> rows = csv(export(PlacementFilter.NONE, Sort.unsorted(), TabularFormat.CSV));

        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("Organization"))
                .isEqualTo("Kinzie Industrial Development Corp."));
    }
}
