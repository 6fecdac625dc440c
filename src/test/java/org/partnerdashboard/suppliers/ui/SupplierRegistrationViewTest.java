package org.partnerdashboard.suppliers.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.Industry;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The public registration page, as an anonymous visitor. */
class SupplierRegistrationViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private String error() {
        return _find(Span.class, spec -> spec.withClasses("form-error")).getFirst().getText();
    }

    @Test
    @Transactional
    @SuppressWarnings("unchecked")
    void aVisitorRegistersAfterFixingTheMarkedField() {
        UI.getCurrent().navigate("register");

        _get(TextField.class, spec -> spec.withLabel("Company legal name")).setValue("Pilsen Precision Parts");
        _get(TextField.class, spec -> spec.withLabel("City")).setValue("Chicago");
        _get(TextField.class, spec -> spec.withLabel("ZIP code")).setValue("60608");
        _get(IntegerField.class, spec -> spec.withLabel("Employees")).setValue(35);
        _get(TextField.class, spec -> spec.withLabel("Contact name")).setValue("Rosa Medina");
        _get(EmailField.class, spec -> spec.withLabel("Contact email")).setValue("rosa@pilsenprecision.example");
        _click(_get(Button.class, spec -> spec.withId("submit-registration")));
        assertThat(error()).isEqualTo("Pick at least one NAICS code for what you make");
        MultiSelectComboBox<Industry> codes = _get(MultiSelectComboBox.class, spec -> spec.withLabel("NAICS codes"));
        assertThat(codes.isInvalid()).isTrue();

        codes.setValue(Set.of(codes.getListDataView().getItems().filter(i -> i.code().equals("332710")).findFirst()
                .orElseThrow()));
        _click(_get(Button.class, spec -> spec.withId("submit-registration")));

        assertThat(_get(Div.class, spec -> spec.withId("registration-thanks")).getElement().getTextRecursively())
                .contains("Your reference is SCC-2026-");
        assertThat(jdbc.queryForObject("SELECT registration_status FROM supplier WHERE legal_name = ?", String.class,
                "Pilsen Precision Parts")).isEqualTo("PENDING");
    }

    @Test
    void anAddressOutsideIllinoisHasNoChicagoCounty() {
        UI.getCurrent().navigate("register");
        ComboBox<String> state = _get(ComboBox.class, spec -> spec.withLabel("State"));

        state.setValue("WI");

        assertThat(_get(ComboBox.class, spec -> spec.withLabel("County")).isEnabled())
                .isFalse();
    }

    @Test
    void anEmptyFormMarksEveryRequiredFieldAtOnce() {
        UI.getCurrent().navigate("register");

        _click(_get(Button.class, spec -> spec.withId("submit-registration")));

        for (String label : List.of("Company legal name", "City", "ZIP code", "Contact name")) {
            TextField field = _get(TextField.class, spec -> spec.withLabel(label));
            assertThat(field.isInvalid()).as(label).isTrue();
            assertThat(field.getErrorMessage()).as(label).isEqualTo(label + " is required");
        }
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Employees")).isInvalid()).isTrue();
        assertThat(_get(EmailField.class, spec -> spec.withLabel("Contact email")).isInvalid()).isTrue();
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withLabel("NAICS codes")).isInvalid()).isTrue();
        assertThat(error()).startsWith("7 fields need attention: Company legal name is required · City is required");
    }
}
