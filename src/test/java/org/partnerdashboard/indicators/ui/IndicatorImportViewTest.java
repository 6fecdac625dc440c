package org.partnerdashboard.indicators.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.indicators.IndicatorImportRow;
import org.partnerdashboard.indicators.QcewFileLoader;
import org.partnerdashboard.indicators.RefreshRow;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Research editors upload QCEW files and see what each import did, or which lines are wrong. */
class IndicatorImportViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private static byte[] bundledSample() throws IOException {
        try (InputStream in = IndicatorImportViewTest.class.getClassLoader()
                .getResourceAsStream(QcewFileLoader.BUNDLED_SAMPLE)) {
            return in.readAllBytes();
        }
    }

    private String outcome() {
        return _get(Div.class, spec -> spec.withId("qcew-outcome")).getElement().getTextRecursively();
    }

    @Test
    @Transactional
    void reimportingTheSampleChangesNothingAndIsListed() throws IOException {
        signInAs("research.editor");
        UI.getCurrent().navigate(IndicatorImportView.class);
        Grid<?> history = _get(Grid.class);
        int before = _size(history);

        _upload(_get(Upload.class), "cook-2016.csv", bundledSample());

        assertThat(outcome()).isEqualTo("cook-2016.csv: 88 lines kept — 0 added, 0 revised, 88 unchanged; 12 lines of"
                + " other areas, industries or ownerships ignored.");
        assertThat(_size(history)).isEqualTo(before + 1);
    }

    @Test
    @Transactional
    void aFileForAnotherRegionIsAWarningThatNamesItsAreasNotASuccess() throws IOException {
        signInAs("research.editor");
        UI.getCurrent().navigate(IndicatorImportView.class);
        byte[] ohio;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("qcew/morpc_franklin_OH_39049_2020q1_open_data_slice.csv")) {
            ohio = in.readAllBytes();
        }

        _upload(_get(Upload.class), "franklin-oh.csv", ohio);

        assertThat(outcome()).isEqualTo("franklin-oh.csv: nothing kept, so no figures changed. The file is for other"
                + " areas (FIPS 39049); the partnership follows the Chicagoland counties and the Chicago metro area. To compare"
                + " with it, follow it under Areas compared.");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("import-warning")).isVisible()).isTrue();
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("import-done"))).isEmpty();
    }

    @Test
    @Transactional
    void filesDroppedTogetherAreReportedOneByOneAndShareAHistoryEntry() throws IOException {
        signInAs("research.editor");
        UI.getCurrent().navigate(IndicatorImportView.class);
        Grid<IndicatorImportRow> history = _get(Grid.class);
        int before = _size(history);

        // as the upload hands over the files of one drop, before it reports all finished
        IndicatorImportView view = _get(IndicatorImportView.class);
        view.importFile("cook-2016.csv", bundledSample());
        view.importFile("people.csv", "name,city\nAda,Chicago\n".getBytes());

        assertThat(_find(Div.class, spec -> spec.withClasses("import-report"))).hasSize(2);
        assertThat(outcome()).startsWith("cook-2016.csv: 88 lines kept").contains("people.csv was not imported");
        assertThat(_size(history)).as("the rejected file is not in the history").isEqualTo(before + 1);
        assertThat(_get(history, 0).fileNames()).containsExactly("cook-2016.csv");
    }

    @Test
    @Transactional
    void theAutomaticRefreshSaysItIsOffAndWhatItBroughtWithANoticeForANewQuarter() {
        jdbc.update("""
                INSERT INTO qcew_refresh_attempt (id, run_id, area_fips, period_year, period_quarter, outcome, tries,
                    rows_added, rows_updated, detail, attempted_at)
                VALUES (9001, 'run-1', '17197', 2026, 1, 'NEW_QUARTER', 2, 22, 0, NULL, TIMESTAMP '2026-06-14 11:30:00'),
                       (9002, 'run-1', '17089', 2026, 1, 'FAILED', 3, 0, 0, 'HTTP 503', TIMESTAMP '2026-06-14 11:31:00')""");
        signInAs("research.editor");
        UI.getCurrent().navigate(IndicatorImportView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("qcew-refresh-status")).getText())
                .startsWith("Off: an operator turns it on");
        assertThat(_get(Paragraph.class, spec -> spec.withId("qcew-new-quarter")).getText())
                .startsWith("New from BLS: 2026 Q1 arrived for area 17197");
        Grid<RefreshRow> attempts = _get(Grid.class, spec -> spec.withId("qcew-refresh-attempts"));
        assertThat(_size(attempts)).isEqualTo(2);
        assertThat(_getFormattedRow(attempts, 0)).contains("Download failed", "HTTP 503");
    }

    @Test
    void aFileThatIsNotQcewIsRefusedWithTheMissingColumns() {
        signInAs("research.editor");
        UI.getCurrent().navigate(IndicatorImportView.class);

        _upload(_get(Upload.class), "people.csv", "name,city\nAda,Chicago\n".getBytes());

        assertThat(outcome()).startsWith("people.csv was not imported: nothing was changed.")
                .contains("Line 1: This is not a QCEW file: it lacks the columns area_fips, own_code");
    }

    @Test
    void onlyResearchEditorsImport() {
        signInAs("wbc.staff");

        assertThatThrownBy(() -> UI.getCurrent().navigate(IndicatorImportView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
