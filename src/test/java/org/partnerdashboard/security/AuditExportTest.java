package org.partnerdashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The audit trail downloads with its filter, newest first, for administrators only, and the download is audited. */
@PartnerDashboardTest
class AuditExportTest {

    private static final List<String> HEADER = List.of("When", "User", "Action", "Target", "Target ID", "Details",
            "From");

    @Autowired
    AuditService audit;

    @Test
    @WithUserDetails("admin")
    void theFilteredTrailRoundTripsThroughCsvAndXlsx() throws Exception {
        audit.recordFor("export.probe", AuditAction.UPDATE, "Supplier", 7, "=HYPERLINK(\"x\") renamed");
        audit.recordFor("export.probe", AuditAction.DELETE, "Placement", 9, "removed a duplicate");
        AuditFilter probe = new AuditFilter("export.probe", null, null, null);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        long written = audit.export(probe, TabularFormat.CSV, HEADER, Enum::name, csv);

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(BOMInputStream.builder().setInputStream(
                        new ByteArrayInputStream(csv.toByteArray())).get(), StandardCharsets.UTF_8)).getRecords();
        assertThat(written).isEqualTo(2).isEqualTo(audit.count(probe));
        assertThat(records).extracting(r -> r.get("Action")).containsExactly("DELETE", "UPDATE");
        assertThat(records.get(1).get("Details")).isEqualTo("'=HYPERLINK(\"x\") renamed");
        assertThat(records.get(1).get("Target ID")).isEqualTo("7");
        assertThat(records.get(0).get("When")).startsWith("2026-06-15T");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        audit.export(probe, TabularFormat.XLSX, HEADER, Enum::name, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("export.probe");
        }
        assertThat(audit.count(new AuditFilter("admin", AuditAction.EXPORT, null, null))).isGreaterThanOrEqualTo(2);
    }

    @Test
    @WithUserDetails("executive")
    void onlyAdministratorsDownloadIt() {
        assertThatThrownBy(() -> audit.export(AuditFilter.NONE, TabularFormat.CSV, HEADER, Enum::name,
                new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }
}
