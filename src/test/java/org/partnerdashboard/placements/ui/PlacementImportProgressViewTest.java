package org.partnerdashboard.placements.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.placements.ImportFiles;
import org.partnerdashboard.placements.PlacementMonthCounts;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** A large import runs in the background and shows its progress; its rows are removed afterwards. */
class PlacementImportProgressViewTest extends KaribuTest {

    private static final int ROWS = PlacementImportView.BACKGROUND_ABOVE_ROWS + 50;
    private static final String N = String.format(Locale.US, "%,d", ROWS);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlacementMonthCounts monthCounts;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void removeImportedRows() {
        String mine = "SELECT id FROM placement WHERE external_id LIKE 'BG-%'";
        jdbc.update("DELETE FROM retention_check WHERE placement_id IN (" + mine + ")");
        jdbc.update("DELETE FROM placement WHERE external_id LIKE 'BG-%'");
        jdbc.update("DELETE FROM job_seeker WHERE external_id LIKE 'BG-%'");
        monthCounts.rebuild();
        events.publishEvent(new DataChange(Program.PLACEMENTS));
    }

    @Test
    void aLargeImportShowsProgressAndFinishesInTheBackground() throws InterruptedException {
        signInAs("kinzie.staff");
        UI.getCurrent().navigate(PlacementImportView.class);
        StringBuilder csv = new StringBuilder(ImportFiles.HEADER).append('\n');
        String employer = ImportFiles.employer(jdbc).replace("\"", "\"\"");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("BG-").append(i).append(",Bo,Row").append(i).append(",,,60612,\"").append(employer)
                    .append("\",Assembler,335,Direct hire,2026-02-02,,18.00,yes,Active\n");
        }
        _upload(_get(Upload.class), "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        Span summary = _get(Span.class, spec -> spec.withClasses("import-summary"));
        assertThat(summary.getText()).isEqualTo(N + " rows: " + N + " new, 0 already imported, 0 with problems");

        _click(_get(Button.class, spec -> spec.withId("import-rows")));
        assertThat(_get(ProgressBar.class).isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).as("progress arrives by push, not polling").isEqualTo(-1);

        for (int wait = 0; wait < 600 && !summary.getText().contains(N + " already imported"); wait++) {
            Thread.sleep(100);
            MockVaadin.runUIQueue();
        }
        assertThat(summary.getText()).isEqualTo(N + " rows: 0 new, " + N + " already imported, 0 with problems");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE external_id LIKE 'BG-%'", Long.class))
                .isEqualTo(ROWS);
        LocatorJ._assertNone(ProgressBar.class);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
