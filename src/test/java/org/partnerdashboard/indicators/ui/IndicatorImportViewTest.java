package org.partnerdashboard.indicators.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
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
import org.partnerdashboard.support.KaribuTest;
import org.springframework.transaction.annotation.Transactional;

/** Research editors upload QCEW files and see what each import did, or which lines are wrong. */
class IndicatorImportViewTest extends KaribuTest {

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
                + " areas (FIPS 39049); the partnership follows the Chicagoland counties and the Chicago metro area.");
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
