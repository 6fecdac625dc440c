package org.partnerdashboard.suppliers.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.County;
import org.partnerdashboard.suppliers.PendingRegistration;
import org.partnerdashboard.suppliers.SupplierRow;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The review queue and the directory, as Supply Chain Center staff. */
class SupplierReviewViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Transactional
    @SuppressWarnings("unchecked")
    void staffRejectOnlyWithAReasonThenApproveTheNext() {
        signInAs("imec.staff");
        UI.getCurrent().navigate(SupplierReviewView.class);
        Grid<PendingRegistration> queue = _get(Grid.class);
        int pending = _size(queue);
        PendingRegistration oldest = _get(queue, 0);

        _clickItem(queue, 0);
        _click(_get(Button.class, spec -> spec.withId("reject-registration")));
        assertThat(_get(_get(RegistrationReviewDialog.class), Span.class, spec -> spec.withClasses("form-error"))
                .getText()).isEqualTo("Give the reason for rejecting the registration");
        _get(TextArea.class, spec -> spec.withLabel("Reason (required to reject)")).setValue("Distributor only");
        _click(_get(Button.class, spec -> spec.withId("reject-registration")));

        assertThat(_size(queue)).isEqualTo(pending - 1);
        assertThat(jdbc.queryForObject("SELECT decision_reason FROM supplier WHERE id = ?", String.class, oldest.id()))
                .isEqualTo("Distributor only");

        _clickItem(queue, 0);
        PendingRegistration approved = _get(queue, 0);
        _click(_get(Button.class, spec -> spec.withId("approve-registration")));
        assertThat(_size(queue)).isEqualTo(pending - 2);

        // approving offers the supplier space to the registration's contact
        InviteDialog offer = _get(InviteDialog.class);
        assertThat(_get(offer, EmailField.class, spec -> spec.withId("invite-email")).getValue())
                .isEqualTo(approved.contactEmail());
        _click(_get(Button.class, spec -> spec.withId("invite-send")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_invitation i JOIN supplier s"
                + " ON s.organization_id = i.organization_id WHERE s.id = ?", Long.class, approved.id())).isEqualTo(1);
    }

    @Test
    @Transactional
    @SuppressWarnings("unchecked")
    void aFlaggedDuplicateIsMergedIntoTheSupplierItLooksLike() {
        signInAs("ima.staff");
        UI.getCurrent().navigate(SupplierReviewView.class);
        Grid<PendingRegistration> queue = _get(Grid.class);
        int row = 0;
        while (_get(queue, row).possibleDuplicateOf() == null) {
            row++;
        }
        PendingRegistration flagged = _get(queue, row);

        _clickItem(queue, row);
        _click(_get(Button.class, spec -> spec.withId("merge-registration")));

        assertThat(jdbc.queryForObject("SELECT merged_into_id FROM supplier WHERE id = ?", Long.class, flagged.id()))
                .isEqualTo(flagged.possibleDuplicateOf().id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDirectorySearchesAndOpensASupplier() {
        signInAs("imec.staff");
        UI.getCurrent().navigate(SupplierDirectoryView.class);
        Grid<SupplierRow> grid = _get(Grid.class);
        SupplierRow first = _get(grid, 0);

        _get(TextField.class, spec -> spec.withLabel("Search")).setValue(first.legalName());

        assertThat(_size(grid)).isEqualTo(1);
        _clickItem(grid, 0);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("supplier/" + first.id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSharedLinkOpensTheDirectoryWithItsFacetsAndAChosenFacetGoesIntoTheAddress() {
        signInAs("imec.staff");
        UI.getCurrent().navigate("suppliers", QueryParameters.fromString("county=17043&status=any"));
        Grid<SupplierRow> grid = _get(Grid.class);

        ComboBox<County> county = _get(ComboBox.class, spec -> spec.withLabel("County"));
        assertThat(county.getValue().fips()).isEqualTo("17043");
        assertThat(_get(Select.class, spec -> spec.withLabel("Registration")).getValue()).isNull();
        assertThat(_size(grid)).isPositive().isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM supplier WHERE county_fips = '17043'", Integer.class));
        assertThat(GridKt._findAll(grid)).allSatisfy(row -> assertThat(row.countyName()).startsWith("DuPage"));

        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        county.setValue(null);
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .flatExtracting(call -> call.getInvocation().getParameters())
                .contains("suppliers?status=any");
    }

    @Test
    void communityOrganizationsCannotOpenTheSupplyChainViews() {
        signInAs("bethel.staff");

        assertThatThrownBy(() -> UI.getCurrent().navigate("suppliers")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("suppliers/review"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("sourcing")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate("supply-chain")).isInstanceOf(MockAccessDeniedException.class);
    }
}
