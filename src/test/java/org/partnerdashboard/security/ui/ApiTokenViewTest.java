package org.partnerdashboard.security.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.security.OrganizationOption;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.transaction.annotation.Transactional;

/** Administrators issue a stats API token (shown once) and revoke it. */
class ApiTokenViewTest extends KaribuTest {

    @Test
    @Transactional
    @SuppressWarnings("unchecked")
    void aTokenIsShownOnceAndCanBeRevoked() {
        signInAs("admin");
        UI.getCurrent().navigate(ApiTokenView.class);
        ComboBox<OrganizationOption> organization = _get(ComboBox.class, spec -> spec.withLabel("Organization"));
        organization.setValue(organization.getListDataView().getItems()
                .filter(o -> o.name().startsWith("Illinois Manufacturers")).findFirst().orElseThrow());

        _click(_get(Button.class, spec -> spec.withId("issue-token")));
        assertThat(_get(Span.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("What it is for is required");

        _get(TextField.class, spec -> spec.withLabel("What it is for")).setValue("Board slides");
        _click(_get(Button.class, spec -> spec.withId("issue-token")));
        assertThat(_get(Span.class, spec -> spec.withId("issued-token")).getText()).matches("pd_[A-Za-z0-9_-]{43}");
        Grid<?> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1);

        _click((Button) _getCellComponent(grid, 0, "status"));
        assertThat(((Span) _getCellComponent(grid, 0, "status")).getText()).startsWith("Revoked ");
    }
}
