package org.partnerdashboard.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ColumnMapping;
import org.partnerdashboard.base.ImportProblem;
import org.partnerdashboard.base.ImportTable;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.suppliers.SupplierImportRow.MatchPolicy;
import org.partnerdashboard.suppliers.SupplierImportRow.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * A messy supplier list, as IMEC's CRM or a certified-vendor directory would give it: packed NAICS and certification
 * cells, broken ZIP codes, a duplicate within the file, a company already in the directory, blank and malformed rows.
 * Every row's outcome, all-or-nothing, re-import, and an update of three rows; on H2 and PostgreSQL.
 */
@Transactional
@WithUserDetails("imec.staff")
abstract class SupplierImportTests {

    static final String HEADER = "Company Name,Vendor ID,Address,City,State,Zip,County,NAICS Codes,Certification Type,"
            + "Contact Name,Email,Phone,Website,Employees,Products/Services";

    @Autowired
    SupplierImportService imports;

    @Autowired
    SupplierDirectoryService directory;

    @Autowired
    JdbcTemplate jdbc;

    /** The list; {@code changed} alters rows V-1, V-2 and V-7 the way a newer version of it would. */
    private byte[] list(String existingName, boolean changed) {
        return String.join("\n", HEADER,
                "Pilsen Precision Parts LLC,V-1,2200 S Halsted St,Chicago,Illinois,60608-1234,,"
                        + "\"332710-MBE/DBE, 333517-SBE\",ISO 9001:2015,Rosa Medina,ROSA@pilsenprecision.example,"
                        + (changed ? "312.555.0199" : "312.555.0100") + ",www.pilsenprecision.example,\"1,200\",CNC machining",
                "Lakeview Engineering Services,V-2,,Chicago,IL,60613,,541330,,"
                        + (changed ? "Jo Park" : "Lee Park") + ",,,,,Design engineering",
                "Bad Zip Co,V-3,,Chicago,IL,6060x,,332710,,,,,,,",
                ",V-4,,Chicago,IL,60608,,332710,,,,,,,",
                "\"PILSEN PRECISION PARTS, L.L.C.\",V-5,,Chicago,IL,60608,,332710,,,,,,,",
                "\"" + existingName.toUpperCase() + "\",V-6,,Chicago,IL,60608,,332710,,,,,,,",
                "Elk Grove Tooling,V-7,,Elk Grove Village,IL,60007,,333514,AS9100D,,,,,"
                        + (changed ? "60" : "50-99") + ",",
                "Email Bad Inc,V-8,,Chicago,IL,60608,,332710,,,bad(at)example.com,,,,",
                "Boston Gear Works,V-9,,Boston,MA,2134,,333612,,,,,,,")
                .getBytes(StandardCharsets.UTF_8);
    }

    private String anApprovedSupplier() {
        return jdbc.queryForObject("SELECT MIN(legal_name) FROM supplier WHERE registration_status = 'APPROVED'",
                String.class);
    }

    private ImportTable table(byte[] file) {
        return imports.read("ima-members.csv", file);
    }

    private static ColumnMapping<SupplierImportField> mapping(ImportTable table) {
        return ColumnMapping.guess(SupplierImportField.class, table.headers());
    }

    private long count(String where) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM supplier WHERE " + where, Long.class);
    }

    @Test
    void everyRowOfAMessyListIsClassifiedBeforeAnythingIsWritten() {
        String existing = anApprovedSupplier();
        ImportTable table = table(list(existing, false));
        assertThat(mapping(table).columns()).hasSize(15);
        long before = count("1 = 1");

        List<SupplierImportRow> rows = imports.preview(table, mapping(table), "Chamber vendor list 2026").rows();

        assertThat(rows).extracting(SupplierImportRow::outcome).containsExactly(Outcome.NEW, Outcome.NEW,
                Outcome.PROBLEM, Outcome.PROBLEM, Outcome.DUPLICATE, Outcome.MATCH, Outcome.NEW, Outcome.PROBLEM,
                Outcome.NEW);
        assertThat(rows.get(1).notes()).extracting(ImportProblem::key)
                .containsExactly("supplier-import.note.service-provider");
        assertThat(rows.get(2).problems()).extracting(ImportProblem::key).containsExactly("import.problem.unreadable");
        assertThat(rows.get(2).problems().getFirst().arguments()).containsExactly("supplier-import-field.ZIP_CODE",
                "6060x");
        assertThat(rows.get(3).problems()).extracting(ImportProblem::key).containsExactly("import.problem.missing");
        assertThat(rows.get(4).problems().getFirst().arguments()).containsExactly(2, "Pilsen Precision Parts LLC");
        assertThat(rows.get(5).matchedName()).isEqualTo(existing);
        assertThat(rows.get(5).matchedBy()).isEqualTo("name");
        assertThat(rows.get(6).notes()).extracting(ImportProblem::key).containsExactly("supplier-import.note.zip-spans");
        assertThat(rows.get(7).problems().getFirst().arguments()).containsExactly("supplier-import-field.EMAIL",
                "bad(at)example.com");
        assertThat(count("1 = 1")).isEqualTo(before);
    }

    @Test
    void allOrNothingUnlessOnlyValidRowsAreChosenAndEachRowIsWrittenNormalized() {
        ImportTable table = table(list(anApprovedSupplier(), false));
        long before = count("1 = 1");
        long importedBefore = count("registration_status = 'IMPORTED'");

        assertThatThrownBy(() -> imports.importRows(table, mapping(table), "Chamber vendor list 2026", MatchPolicy.SKIP,
                Map.of(), false, done -> { })).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("import.error.has-invalid-rows");
        assertThat(count("1 = 1")).isEqualTo(before);

        SupplierImportResult result = imports.importRows(table, mapping(table), "Chamber vendor list 2026", MatchPolicy.SKIP,
                Map.of(), true, done -> { });

        assertThat(result).isEqualTo(new SupplierImportResult(4, 0, 0, 1, 4));
        assertThat(count("registration_status = 'IMPORTED'")).isEqualTo(importedBefore + 4);
        Map<String, Object> pilsen = jdbc.queryForMap("SELECT * FROM supplier WHERE source_record_id = 'V-1'");
        assertThat(pilsen).containsEntry("ZIP_CODE", "60608-1234").containsEntry("COUNTY_FIPS", "17031")
                .containsEntry("NAICS_CODE", "332").containsEntry("STATE_CODE", "IL")
                .containsEntry("CONTACT_EMAIL", "rosa@pilsenprecision.example")
                .containsEntry("CONTACT_PHONE", "(312) 555-0100").containsEntry("EMPLOYEE_COUNT", 1200)
                .containsEntry("WEBSITE", "https://www.pilsenprecision.example")
                .containsEntry("OTHER_CERTIFICATIONS", "SBE");
        long id = ((Number) pilsen.get("ID")).longValue();
        assertThat(jdbc.queryForList("SELECT naics_code FROM supplier_naics_code WHERE supplier_id = ? ORDER BY 1",
                String.class, id)).containsExactly("332710", "333517");
        assertThat(jdbc.queryForList("SELECT certification FROM supplier_diversity_certification WHERE supplier_id = ?"
                + " ORDER BY 1", String.class, id)).containsExactly("DBE", "MBE");
        assertThat(jdbc.queryForList("SELECT certification FROM supplier_quality_certification WHERE supplier_id = ?",
                String.class, id)).containsExactly("ISO_9001");
        assertThat(jdbc.queryForMap("SELECT naics_code, other_naics_codes FROM supplier WHERE source_record_id = 'V-2'"))
                .containsEntry("NAICS_CODE", null).containsEntry("OTHER_NAICS_CODES", "541330");
        assertThat(jdbc.queryForObject("SELECT county_fips FROM supplier WHERE source_record_id = 'V-7'", String.class))
                .as("60007 lies in Cook and DuPage").isNull();
        assertThat(jdbc.queryForObject("SELECT zip_code FROM supplier WHERE source_record_id = 'V-9'", String.class))
                .isEqualTo("02134");
        long source = jdbc.queryForObject("SELECT id FROM supplier_source WHERE name = 'Chamber vendor list 2026'",
                Long.class);
        assertThat(directory.count(new SupplierFilter(null, null, null, null, null, null, null, null, null,
                RegistrationStatus.IMPORTED, source))).as("the directory filters by list").isEqualTo(4);
        assertThat(imports.sourceChoices()).extracting(SupplierSourceChoice::name).contains("Chamber vendor list 2026");
        assertThat(imports.history(5)).first().satisfies(h -> {
            assertThat(h.source()).isEqualTo("Chamber vendor list 2026");
            assertThat(h.added()).isEqualTo(4);
            assertThat(h.rowsRead()).isEqualTo(9);
        });
    }

    @Test
    void reimportingTheSameListChangesNothingAndANewerVersionUpdatesExactlyWhatChanged() {
        String existing = anApprovedSupplier();
        ImportTable first = table(list(existing, false));
        imports.importRows(first, mapping(first), "Chamber vendor list 2026", MatchPolicy.SKIP, Map.of(), true, done -> { });
        long suppliers = count("1 = 1");

        ImportTable again = table(list(existing, false));
        assertThat(imports.preview(again, mapping(again), "chamber vendor list 2026").rows()).extracting(SupplierImportRow::outcome)
                .containsExactly(Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.PROBLEM, Outcome.PROBLEM,
                        Outcome.DUPLICATE, Outcome.MATCH, Outcome.UNCHANGED, Outcome.PROBLEM, Outcome.UNCHANGED);
        assertThat(imports.importRows(again, mapping(again), "Chamber vendor list 2026", MatchPolicy.SKIP, Map.of(), true,
                done -> { })).isEqualTo(new SupplierImportResult(0, 0, 4, 1, 4));
        assertThat(count("1 = 1")).isEqualTo(suppliers);

        ImportTable newer = table(list(existing, true));
        assertThat(imports.preview(newer, mapping(newer), "Chamber vendor list 2026").rows()).extracting(SupplierImportRow::outcome)
                .containsExactly(Outcome.UPDATE, Outcome.UPDATE, Outcome.PROBLEM, Outcome.PROBLEM, Outcome.DUPLICATE,
                        Outcome.MATCH, Outcome.UPDATE, Outcome.PROBLEM, Outcome.UNCHANGED);
        assertThat(imports.importRows(newer, mapping(newer), "Chamber vendor list 2026", MatchPolicy.SKIP, Map.of(), true,
                done -> { })).isEqualTo(new SupplierImportResult(0, 3, 1, 1, 4));
        assertThat(count("1 = 1")).isEqualTo(suppliers);
        assertThat(jdbc.queryForObject("SELECT contact_phone FROM supplier WHERE source_record_id = 'V-1'", String.class))
                .isEqualTo("(312) 555-0199");
        assertThat(jdbc.queryForObject("SELECT contact_name FROM supplier WHERE source_record_id = 'V-2'", String.class))
                .isEqualTo("Jo Park");
        assertThat(jdbc.queryForObject("SELECT employee_count FROM supplier WHERE source_record_id = 'V-7'", Integer.class))
                .isEqualTo(60);
    }

    @Test
    void aMatchFillsOnlyWhatTheSupplierLacksWhenAskedAndIsNeverMergedSilently() {
        String existing = anApprovedSupplier();
        jdbc.update("UPDATE supplier SET street = NULL, contact_name = 'Kept Name' WHERE legal_name = ?", existing);
        String csv = HEADER + "\n\"" + existing + "\",X-1,99 New St,Chicago,IL,60608,,332710,,Other Name,,,,,";
        ImportTable table = table(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(imports.importRows(table, mapping(table), "Cook County M/WBE list", MatchPolicy.SKIP, Map.of(2,
                MatchPolicy.FILL_EMPTY), true, done -> { })).isEqualTo(new SupplierImportResult(0, 1, 0, 0, 0));

        Map<String, Object> after = jdbc.queryForMap("SELECT street, contact_name, registration_status FROM supplier"
                + " WHERE legal_name = ?", existing);
        assertThat(after).containsEntry("STREET", "99 New St").containsEntry("CONTACT_NAME", "Kept Name")
                .containsEntry("REGISTRATION_STATUS", "APPROVED");
    }

    @Test
    void staffVerifyAnImportedSupplier() {
        ImportTable table = table(list(anApprovedSupplier(), false));
        imports.importRows(table, mapping(table), "Chamber vendor list 2026", MatchPolicy.SKIP, Map.of(), true, done -> { });
        long id = jdbc.queryForObject("SELECT id FROM supplier WHERE source_record_id = 'V-1'", Long.class);

        imports.verify(id);

        assertThat(jdbc.queryForObject("SELECT registration_status FROM supplier WHERE id = ?", String.class, id))
                .isEqualTo("APPROVED");
        assertThatThrownBy(() -> imports.verify(id)).isInstanceOf(IllegalStateException.class);

        long serviceProvider = jdbc.queryForObject("SELECT id FROM supplier WHERE source_record_id = 'V-2'", Long.class);
        imports.verify(serviceProvider);
        assertThat(directory.find(new SupplierFilter("Lakeview Engineering", null, null, null, null, null, null, null,
                null, RegistrationStatus.APPROVED), PageRequest.of(0, 10))).as("no subsector, still listed")
                .extracting(SupplierRow::legalName).containsExactly("Lakeview Engineering Services");
    }
}
