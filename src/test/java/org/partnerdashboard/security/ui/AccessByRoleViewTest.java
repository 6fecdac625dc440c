package org.partnerdashboard.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ui.SideMenu;
import org.partnerdashboard.dashboards.ui.DashboardView;
import org.partnerdashboard.placements.PlacementRow;
import org.partnerdashboard.placements.ui.PlacementListView;
import org.partnerdashboard.sourcing.ui.MyRequestsView;
import org.partnerdashboard.sourcing.ui.OpportunitiesView;
import org.partnerdashboard.suppliers.ui.MyCompanyView;
import org.partnerdashboard.support.KaribuTest;

/** Every route declares who may open it: what each role reaches through the UI (Karibu reports a denied route by throwing). */
class AccessByRoleViewTest extends KaribuTest {

    private List<String> menu() {
        return _get(SideMenu.class).items().stream().map(SideMenu.Item::label).toList();
    }

    @Test
    void someoneNotSignedInOnlyReachesTheLoginPage() {
        UI.getCurrent().navigate("");
        _get(LoginView.class);

        UI.getCurrent().navigate("placements");
        _get(LoginView.class);
        _assertNone(PlacementListView.class);

        UI.getCurrent().navigate("admin/audit");
        _assertNone(AuditView.class);

        UI.getCurrent().navigate("suppliers");
        _get(LoginView.class);
    }

    @Test
    void supplyChainStaffSeeTheDashboardButNoPlacementRows() {
        signInAs("imec.staff");
        UI.getCurrent().navigate("");
        _get(DashboardView.class);
        assertThat(menu()).containsExactly("Dashboard", "Campaign progress", "Pacing", "Outcomes", "Supply Chain Center",
                "Supplier directory", "Registrations to review", "Import supplier lists", "Sourcing requests", "Subsector indicators",
                "Subsectors across programs", "Calendar");

        assertThatThrownBy(() -> UI.getCurrent().navigate("placements")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(PlacementListView.class);
        _assertNone(Grid.class);
    }

    @Test
    void aSuppliersPersonReachesOnlyTheSupplierSpace() {
        signInAs("supplier.demo");
        UI.getCurrent().navigate("opportunities");
        _get(OpportunitiesView.class);
        assertThat(menu()).containsExactly("Opportunities", "My company", "Calendar");

        for (String staffPage : List.of("", "placements", "campaign", "suppliers", "sourcing", "supply-chain",
                "indicators", "my-requests", "admin/outbox", "admin/users", "suppliers/certifications")) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(staffPage)).as(staffPage)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
        UI.getCurrent().navigate("my-company");
        _get(MyCompanyView.class);
    }

    @Test
    void aBuyersPersonReachesOnlyTheBuyerSpace() {
        signInAs("buyer.demo");
        UI.getCurrent().navigate("my-requests");
        _get(MyRequestsView.class);
        assertThat(menu()).containsExactly("My requests", "Calendar");

        for (String other : List.of("", "placements", "sourcing", "suppliers", "opportunities", "my-company",
                "supplier/1", "sourcing-requests/1", "suppliers/certifications")) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(other)).as(other)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void executivesCannotOpenAdministration() {
        signInAs("executive");

        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/users")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(UserAdminView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void communityStaffListOnlyTheirOwnPlacements() {
        signInAs("instituto.staff");
        UI.getCurrent().navigate(PlacementListView.class);
        assertThat(menu()).containsExactly("Dashboard", "Placements", "Campaign progress", "Pacing", "Outcomes",
                "Follow-ups due", "Import placements",
                "Subsector indicators", "Subsectors across programs", "Calendar");

        Grid<PlacementRow> grid = _get(Grid.class);
        for (int i = 0; i < _size(grid); i++) {
            assertThat(_getFormatted(grid, i, "organization")).isEqualTo("Instituto del Progreso Latino");
        }
        assertThat(_size(grid)).isPositive().isLessThan(300);
    }

    @Test
    @SuppressWarnings("unchecked")
    void administratorsSeeRowsWithNamesHiddenAndTheAdministrationMenu() {
        signInAs("admin");
        UI.getCurrent().navigate(PlacementListView.class);

        assertThat(menu()).containsExactly("Dashboard", "Placements", "Campaign progress", "Pacing", "Outcomes", "Supply Chain Center",
                "Import supplier lists",
                "Subsector indicators", "Subsectors across programs", "Calendar", "Newsletter", "Users", "Stats API tokens",
                "Audit trail",
                "Outbox");
        Grid<PlacementRow> grid = _get(Grid.class);
        assertThat(_getFormatted(grid, 0, "jobSeekerName")).isEqualTo("(hidden)");
    }
}
