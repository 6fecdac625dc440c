package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ColumnMapping;
import org.partnerdashboard.base.ImportProblem;
import org.partnerdashboard.base.ImportTable;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.TabularFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Spreadsheet import: preview, all-or-nothing, valid rows only, idempotence, bad files; on H2 and PostgreSQL. */
@Transactional
@WithUserDetails("bethel.staff")
abstract class PlacementImportTests {

    @Autowired
    PlacementImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    private long bethel() {
        return jdbc.queryForObject("SELECT id FROM organization WHERE name = 'Bethel New Life'", Long.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    @Test
    void importsAValidFileOnceAndSkipsItTheSecondTime() {
        ImportTable table = imports.read("bethel.csv", ImportFiles.validCsv(jdbc, "T1"));
        ColumnMapping<ImportField> mapping = ColumnMapping.guess(ImportField.class, table.headers());
        long placements = count("placement");
        long checks = count("retention_check");

        assertThat(mapping.missingRequired()).isEmpty();
        ImportPreview preview = imports.preview(table, mapping, bethel());
        assertThat(preview.rows()).extracting(ImportRow::outcome).containsOnly(ImportRow.Outcome.NEW);

        assertThat(imports.importRows(table, mapping, bethel(), false, done -> { })).isEqualTo(new ImportResult(3, 0, 0));
        assertThat(count("placement")).isEqualTo(placements + 3);
        assertThat(count("retention_check")).isEqualTo(checks + 9);
        assertThat(jdbc.queryForObject("SELECT status FROM placement WHERE external_id = 'T1-3'", String.class))
                .isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("SELECT start_date FROM placement WHERE external_id = 'T1-2'", Date.class)
                .toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 6));

        assertThat(imports.preview(table, mapping, bethel()).rows()).extracting(ImportRow::outcome)
                .containsOnly(ImportRow.Outcome.ALREADY_IMPORTED);
        assertThat(imports.importRows(table, mapping, bethel(), false, done -> { })).isEqualTo(new ImportResult(0, 3, 0));
        assertThat(count("placement")).isEqualTo(placements + 3);
    }

    /** The downloadable template maps every field by itself; its example row fails only for its made-up employer. */
    @Test
    void theTemplateIsRecognizedColumnForColumn() throws IOException {
        for (TabularFormat format : TabularFormat.values()) {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            imports.writeTemplate(format, file);
            ImportTable table = imports.read(format.fileName("template"), file.toByteArray());
            ColumnMapping<ImportField> mapping = ColumnMapping.guess(ImportField.class, table.headers());

            assertThat(mapping.columns()).as(format.name()).hasSize(ImportField.values().length);
            List<ImportRow> rows = imports.preview(table, mapping, bethel()).rows();
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst().problems()).extracting(ImportProblem::key)
                    .containsExactly("import.problem.unknown-employer");
        }
    }

    @Test
    void listsEveryRowsProblemsAndWritesNothingUnlessOnlyValidRowsAreChosen() {
        ImportTable table = imports.read("bad.csv", ImportFiles.csvWithBadRows(jdbc, "T2"));
        ColumnMapping<ImportField> mapping = ColumnMapping.guess(ImportField.class, table.headers());
        long placements = count("placement");

        List<ImportRow> rows = imports.preview(table, mapping, bethel()).rows();
        assertThat(rows).extracting(ImportRow::outcome).containsExactly(ImportRow.Outcome.NEW,
                ImportRow.Outcome.INVALID, ImportRow.Outcome.INVALID, ImportRow.Outcome.INVALID, ImportRow.Outcome.INVALID);
        assertThat(rows.get(1).problems()).extracting(ImportProblem::key).containsExactly("import.problem.unknown-employer");
        assertThat(rows.get(2).problems()).extracting(ImportProblem::key).containsExactly("placement.error.start-outside-campaign");
        assertThat(rows.get(3).problems()).extracting(ImportProblem::key).containsExactly("import.problem.unreadable");
        assertThat(rows.get(4).problems()).extracting(ImportProblem::key)
                .containsExactly("import.problem.repeated-id", "import.problem.subsector");
        assertThat(rows).extracting(ImportRow::line).containsExactly(2, 3, 4, 5, 6);

        assertThatThrownBy(() -> imports.importRows(table, mapping, bethel(), false, done -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("import.error.has-invalid-rows");
        assertThat(count("placement")).isEqualTo(placements);

        assertThat(imports.importRows(table, mapping, bethel(), true, done -> { })).isEqualTo(new ImportResult(1, 0, 4));
        assertThat(count("placement")).isEqualTo(placements + 1);
    }

    @Test
    void reportsProgressAsRowsAreWritten() {
        StringBuilder csv = new StringBuilder(ImportFiles.HEADER).append('\n');
        String employer = ImportFiles.employer(jdbc).replace("\"", "\"\"");
        for (int i = 1; i <= 250; i++) {
            csv.append("P-").append(i).append(",Ana,Row").append(i).append(",,,60623,\"").append(employer)
                    .append("\",Assembler,335,Direct hire,2026-02-02,,18.00,yes,Active\n");
        }
        ImportTable table = imports.read("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        List<Integer> reported = new ArrayList<>();

        ImportResult result = imports.importRows(table, ColumnMapping.guess(ImportField.class, table.headers()), bethel(), false,
                reported::add);

        assertThat(result.imported()).isEqualTo(250);
        assertThat(reported).containsExactly(100, 200, 250);
    }

    @Test
    void readsExcelFilesWithRealDateCells() {
        ImportTable table = imports.read("bethel.xlsx", ImportFiles.xlsx(jdbc, "T3"));

        assertThat(table.rows().getFirst().get(10)).isEqualTo("2026-01-12");
        ImportPreview preview = imports.preview(table, ColumnMapping.guess(ImportField.class, table.headers()), bethel());
        assertThat(preview.rows()).extracting(ImportRow::outcome).containsExactly(ImportRow.Outcome.NEW);
    }

    @Test
    void refusesFilesThatAreEmptyNotSpreadsheetsOrWithoutTheNeededColumns() {
        assertThatThrownBy(() -> imports.read("empty.csv", new byte[0])).hasMessageContaining("import.error.empty");
        assertThatThrownBy(() -> imports.read("header-only.csv", ImportFiles.HEADER.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("import.error.no-data-rows");
        assertThatThrownBy(() -> imports.read("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}))
                .hasMessageContaining("import.error.not-a-spreadsheet");
        assertThatThrownBy(() -> imports.read("renamed.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}))
                .hasMessageContaining("import.error.not-a-spreadsheet");
        assertThatThrownBy(() -> imports.read("fake.xlsx", "a,b\n1,2".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("import.error.not-a-spreadsheet");

        ImportTable wrong = imports.read("wrong.csv", "Name,Company\nAda,Acme\n".getBytes(StandardCharsets.UTF_8));
        assertThat(ColumnMapping.guess(ImportField.class, wrong.headers()).missingRequired()).contains(ImportField.EXTERNAL_ID,
                ImportField.START_DATE);
        assertThatThrownBy(() -> imports.preview(wrong, ColumnMapping.guess(ImportField.class, wrong.headers()), bethel()))
                .hasMessageContaining("import.error.unmapped");
    }

    @Test
    void refusesACraftedSpreadsheetThatUnpacksToFarMoreThanItsSizeAndWritesNothing() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM placement", Long.class);
        byte[] bomb = ImportFiles.inflating(ImportFiles.xlsx(jdbc, "T9"), 200L * 1024 * 1024);
        assertThat(bomb.length).as("a small file").isLessThan(1024 * 1024);

        assertThatThrownBy(() -> imports.read("bomb.xlsx", bomb)).hasMessageContaining("import.error.too-large-inside");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM placement", Long.class)).isEqualTo(before);
    }

    @Test
    void communityStaffImportOnlyForTheirOwnOrganization() {
        long safer = jdbc.queryForObject("SELECT id FROM organization WHERE name = 'Safer Foundation'", Long.class);
        ImportTable table = imports.read("x.csv", ImportFiles.validCsv(jdbc, "T4"));

        assertThatThrownBy(() -> imports.importRows(table, ColumnMapping.guess(ImportField.class, table.headers()),
                safer, false, done -> { }))
                .isInstanceOf(AccessDeniedException.class);
    }
}
