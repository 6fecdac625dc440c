package org.partnerdashboard.placements.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.NotFoundView;
import org.partnerdashboard.placements.OrganizationChoice;
import org.partnerdashboard.placements.PlacementRow;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Tests that add people run in a transaction rolled back afterwards, so the shared demo data stays as it was. */
class JobSeekerEditorViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private String error() {
        return _find(Span.class, spec -> spec.withClasses("form-error")).getFirst().getText();
    }

    @Test
    @Transactional
    @SuppressWarnings("unchecked")
    void createsAJobSeekerAfterAValidationErrorThenAddsAPlacement() {
        signInAs("kinzie.staff");
        UI.getCurrent().navigate(JobSeekerEditorView.class, "new");

        _get(EmailField.class, spec -> spec.withLabel("Email")).setValue("wilhelmina@");
        _click(_get(Button.class, spec -> spec.withId("save-job-seeker")));
        assertThat(error()).isEqualTo("3 fields need attention: First name is required · Last name is required · "
                + "Enter a valid email address, like name@example.org");
        assertThat(_get(TextField.class, spec -> spec.withLabel("First name")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Last name")).isInvalid()).isTrue();

        _get(TextField.class, spec -> spec.withLabel("First name")).setValue("Wilhelmina");
        _get(EmailField.class, spec -> spec.withLabel("Email")).setValue("");
        _click(_get(Button.class, spec -> spec.withId("save-job-seeker")));
        assertThat(error()).isEqualTo("Last name is required");
        assertThat(_get(TextField.class, spec -> spec.withLabel("First name")).isInvalid()).isFalse();

        _get(TextField.class, spec -> spec.withLabel("Last name")).setValue("Fairweather");
        _click(_get(Button.class, spec -> spec.withId("save-job-seeker")));
        assertThat(_get(H1.class).getText()).isEqualTo("Fairweather, Wilhelmina");

        _click(_get(Button.class, spec -> spec.withId("add-placement")));
        ComboBox<OrganizationChoice> employer = _get(ComboBox.class, spec -> spec.withLabel("Employer"));
        employer.setValue(employer.getLazyDataView().getItems().findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withLabel("Job title")).setValue("Welder");
        ComboBox<Subsector> subsector = _get(ComboBox.class, spec -> spec.withLabel("Subsector"));
        subsector.setValue(subsector.getListDataView().getItems().filter(s -> s.code().equals("332")).findFirst().orElseThrow());
        _get(DatePicker.class, spec -> spec.withLabel("Start date")).setValue(LocalDate.of(2026, 6, 1));
        BigDecimalField wage = _get(BigDecimalField.class, spec -> spec.withLabel("Hourly wage"));
        wage.setValue(new BigDecimal("250"));
        _click(_get(Button.class, spec -> spec.withId("save-placement")));
        assertThat(_get(_get(PlacementDialog.class), Span.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("An hourly wage must be between $7.25 and $200.00");

        wage.setValue(new BigDecimal("21.25"));
        _click(_get(Button.class, spec -> spec.withId("save-placement")));
        Grid<?> placements = _get(Grid.class);
        assertThat(_size(placements)).isEqualTo(1);
    }

    @Test
    @Transactional
    void warnsAboutALikelyDuplicateBeforeSaving() {
        signInAs("oai.staff");
        Map<String, Object> existing = jdbc.queryForMap("""
                SELECT s.first_name, s.last_name FROM job_seeker s JOIN organization o ON o.id = s.referring_organization_id
                WHERE o.name = 'OAI Inc.' ORDER BY s.id FETCH FIRST 1 ROWS ONLY""");
        UI.getCurrent().navigate(JobSeekerEditorView.class, "new");
        _get(TextField.class, spec -> spec.withLabel("First name")).setValue((String) existing.get("FIRST_NAME"));
        _get(TextField.class, spec -> spec.withLabel("Last name")).setValue((String) existing.get("LAST_NAME"));

        _click(_get(Button.class, spec -> spec.withId("save-job-seeker")));

        Div warning = _get(Div.class, spec -> spec.withClasses("duplicate-warning"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getElement().getTextRecursively()).contains(existing.get("LAST_NAME") + ", "
                + existing.get("FIRST_NAME")).contains("same name");
        _click(_get(Button.class, spec -> spec.withId("save-anyway")));
        assertThat(_get(H1.class).getText()).isEqualTo(existing.get("LAST_NAME") + ", " + existing.get("FIRST_NAME"));
    }

    @Test
    void anotherOrganizationsPersonCannotBeOpenedByUrl() {
        signInAs("bethel.staff");
        long saferPerson = jdbc.queryForObject("""
                SELECT MIN(s.id) FROM job_seeker s JOIN organization o ON o.id = s.referring_organization_id
                WHERE o.name = 'Safer Foundation'""", Long.class);

        UI.getCurrent().navigate(JobSeekerEditorView.class, String.valueOf(saferPerson));

        _get(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not available");
        LocatorJ._assertNone(TextField.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsAnEditSomeoneElseSavedMeanwhile() {
        signInAs("instituto.staff");
        UI.getCurrent().navigate(PlacementListView.class);
        Grid<PlacementRow> grid = _get(Grid.class);
        _clickItem(grid, 0);
        _get(JobSeekerEditorView.class);

        jdbc.update("UPDATE job_seeker SET version = version + 1 WHERE id = (SELECT job_seeker_id FROM placement WHERE id = ?)",
                grid.getDataCommunicator().getItem(0).id());
        _get(TextField.class, spec -> spec.withLabel("ZIP code")).setValue("60609-1234");
        _click(_get(Button.class, spec -> spec.withId("save-job-seeker")));

        assertThat(error()).startsWith("Someone else changed this record while you were editing it.");
    }
}
