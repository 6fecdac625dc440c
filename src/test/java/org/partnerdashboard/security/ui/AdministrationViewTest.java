package org.partnerdashboard.security.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditRow;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.OrganizationOption;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.security.UserRow;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class AdministrationViewTest extends KaribuTest {

    @Autowired
    AuditService audit;

    @BeforeEach
    void signIn() {
        signInAs("admin");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsTheDemoUsersWithRolesAndOrganizations() {
        UI.getCurrent().navigate(UserAdminView.class);

        Grid<UserRow> grid = _get(Grid.class);
        assertThat(_size(grid)).isGreaterThanOrEqualTo(11);
        assertThat(_getFormattedRow(grid, 0)).startsWith("admin", "Active", "Avery Admin", "Administrator",
                "World Business Chicago");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewUserWithAShortPasswordIsRefusedWithAClearMessage() {
        UI.getCurrent().navigate(UserAdminView.class);
        _click(_get(Button.class, spec -> spec.withId("new-user")));

        _get(TextField.class, spec -> spec.withLabel("Username")).setValue("new.staff");
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("New Staff");
        ComboBox<Role> role = _get(ComboBox.class, spec -> spec.withLabel("Role"));
        role.setValue(Role.EXECUTIVE);
        ComboBox<OrganizationOption> organization = _get(ComboBox.class, spec -> spec.withLabel("Organization"));
        organization.setValue(organization.getListDataView().getItems()
                .filter(o -> o.name().equals("World Business Chicago")).findFirst().orElseThrow());
        _get(PasswordField.class).setValue("short");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(_find(Span.class, spec -> spec.withClasses("form-error")).getFirst().getText())
                .isEqualTo("The password needs at least 12 characters");

        _get(PasswordField.class).setValue("long-enough-password");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(_find(Span.class, spec -> spec.withClasses("form-error"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAuditTrailShowsWhoDidWhatAndFiltersByAction() {
        audit.recordFor("bethel.staff", AuditAction.EXPORT, "PlacementList", null, "csv");
        UI.getCurrent().navigate(AuditView.class);

        ComboBox<AuditAction> action = _get(ComboBox.class, spec -> spec.withLabel("Action"));
        action.setValue(AuditAction.EXPORT);

        Grid<AuditRow> grid = _get(Grid.class);
        assertThat(_size(grid)).isPositive();
        assertThat(IntStream.range(0, Math.min(20, _size(grid))).mapToObj(i -> _getFormattedRow(grid, i)))
                .allSatisfy(row -> assertThat(row).contains("Exported"));
        // other tests' exports share the test clock's instant (and from another context may come later in id order)
        _get(TextField.class, spec -> spec.withLabel("User")).setValue("bethel.staff");
        assertThat(_getFormattedRow(grid, 0)).contains("bethel.staff", "Exported", "Placement list", "csv");
    }
}
