package org.partnerdashboard.placements.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.placements.ImportFiles;
import org.partnerdashboard.placements.ImportRow;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The import flow as staff use it. Each test is rolled back, so the shared demo data stays as it was. */
@Transactional
class PlacementImportViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void open() {
        signInAs("oai.staff");
        UI.getCurrent().navigate(PlacementImportView.class);
    }

    private void upload(String fileName, byte[] content) {
        _upload(_get(Upload.class), fileName, content);
    }

    private String fileError() {
        return _get(Span.class, spec -> spec.withClasses("form-error")).getText();
    }

    private String summary() {
        return _get(Span.class, spec -> spec.withClasses("import-summary")).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void previewsThenImportsAValidFileAndSkipsItWhenImportedAgain() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM placement", Long.class);
        byte[] file = ImportFiles.validCsv(jdbc, "K1");
        upload("oai.csv", file);
        _click(_get(Button.class, spec -> spec.withId("import-preview")));

        assertThat(summary()).isEqualTo("3 rows: 3 new, 0 already imported, 0 with problems");
        assertThat(_size(_get(Grid.class))).isEqualTo(3);
        Button importRows = _get(Button.class, spec -> spec.withId("import-rows"));
        assertThat(importRows.getText()).isEqualTo("Import 3 rows");
        _click(importRows);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM placement", Long.class)).isEqualTo(before + 3);
        assertThat(summary()).isEqualTo("3 rows: 0 new, 3 already imported, 0 with problems");

        upload("oai.csv", file);
        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        assertThat(summary()).isEqualTo("3 rows: 0 new, 3 already imported, 0 with problems");
        assertThat(_get(Button.class, spec -> spec.withId("import-rows")).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("import-blocked")).getText())
                .isEqualTo("Nothing new to import: every row of this file was imported before");
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsEachBadRowsProblemAndImportsOnlyValidRowsWhenAsked() {
        upload("bad.csv", ImportFiles.csvWithBadRows(jdbc, "K2"));
        _click(_get(Button.class, spec -> spec.withId("import-preview")));

        assertThat(summary()).isEqualTo("5 rows: 1 new, 0 already imported, 4 with problems");
        Grid<ImportRow> grid = _get(Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 1).get(2)).startsWith("Unknown employer \"No Such Employer LLC\": "
                + "write the name exactly as the Employer field of a placement offers it");
        assertThat(GridKt._getFormattedRow(grid, 3).get(2)).as("field names in words, never message keys")
                .isEqualTo("Hourly wage \"lots\" could not be read");
        for (int row = 0; row < 5; row++) {
            assertThat(GridKt._getFormattedRow(grid, row).get(2)).doesNotContain("import-field.", "!{");
        }
        Button importRows = _get(Button.class, spec -> spec.withId("import-rows"));
        assertThat(importRows.getText()).isEqualTo("Import 1 row");
        assertThat(importRows.isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("import-blocked")).getText())
                .startsWith("4 rows have problems: fix the file and upload it again, or tick the box above");
        assertThat(_get(Anchor.class, spec -> spec.withId("rejected-report")).isVisible())
                .isTrue();

        _get(Checkbox.class).setValue(true);
        assertThat(importRows.isEnabled()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("import-blocked")).getText()).isEmpty();
        _click(importRows);
        assertThat(summary()).isEqualTo("5 rows: 0 new, 1 already imported, 4 with problems");
    }

    @Test
    void explainsFilesItCannotUse() {
        upload("empty.csv", new byte[0]);
        assertThat(fileError()).isEqualTo("The file is empty");

        upload("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        assertThat(fileError()).isEqualTo("This is not a CSV or XLSX spreadsheet");

        byte[] oversized = new byte[PlacementImportView.MAX_FILE_BYTES + 1];
        Arrays.fill(oversized, (byte) 'a');
        upload("huge.csv", oversized);
        assertThat(fileError()).isEqualTo("The file is larger than 20 MB: nothing was read. Split it into smaller "
                + "files.");

        upload("contacts.csv", "Name,Company\nAda,Acme\n".getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        assertThat(fileError()).isEqualTo("Choose a column for: ID, First name, Last name, Job title, NAICS subsector, "
                + "Placement type, Start date");
    }

    @Test
    void theRejectedRowsReportNeutralizesFormulas() {
        assertThat(RejectedRowsReport.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(RejectedRowsReport.safe("-1")).isEqualTo("'-1");
        assertThat(RejectedRowsReport.safe("Ada")).isEqualTo("Ada");
    }
}
