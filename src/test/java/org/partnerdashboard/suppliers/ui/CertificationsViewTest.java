package org.partnerdashboard.suppliers.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.suppliers.CertificationChangeRow;
import org.partnerdashboard.suppliers.HeldCertification;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** A supplier proposes certification changes on its company page; staff verify or reject them. */
@Transactional
class CertificationsViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aSupplierSeesItsDatesAndProposesARenewalThatWaitsForStaff() {
        signInAs("supplier.demo");
        UI.getCurrent().navigate(MyCompanyView.class);
        Grid<HeldCertification> held = _get(Grid.class, spec -> spec.withId("held-certifications"));
        assertThat(held.getGenericDataView().getItems().filter(c -> c.code().equals("ISO_9001")))
                .singleElement().satisfies(c -> assertThat(c.standing().name()).isEqualTo("EXPIRING"));

        ComboBox<String> certification = _get(ComboBox.class, spec -> spec.withId("proposed-certification"));
        DatePicker expiresOn = _get(DatePicker.class, spec -> spec.withId("proposed-expiry"));
        certification.setValue("ISO_9001");
        expiresOn.setValue(LocalDate.of(2020, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("propose-certification")));
        assertThat(expiresOn.isInvalid()).isTrue();
        assertThat(_find(Span.class)).anyMatch(s -> s.getText().contains("expired"));

        expiresOn.setValue(LocalDate.of(2029, 7, 31));
        _click(_get(Button.class, spec -> spec.withId("propose-certification")));

        Grid<CertificationChangeRow> proposals = _get(Grid.class, spec -> spec.withId("certification-proposals"));
        assertThat(proposals.getGenericDataView().getItems().filter(c -> c.code().equals("ISO_9001")))
                .singleElement().satisfies(c -> assertThat(c.kind().name()).isEqualTo("RENEW"));
        assertThat(jdbc.queryForObject("SELECT expires_on FROM supplier_certification_expiry e"
                + " JOIN supplier s ON s.id = e.supplier_id JOIN app_user u ON u.organization_id = s.organization_id"
                + " WHERE u.username = 'supplier.demo' AND e.certification = 'ISO_9001'", LocalDate.class))
                .as("the record waits for staff").isEqualTo(LocalDate.of(2026, 7, 27));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffFindTheWaitingChangesFromTheReviewQueueAndDecideThem() {
        signInAs("imec.staff");
        UI.getCurrent().navigate(SupplierReviewView.class);
        Anchor waitingLink = _get(Anchor.class, spec -> spec.withId("certifications-waiting"));
        assertThat(waitingLink.getHref()).isEqualTo("suppliers/certifications");
        UI.getCurrent().navigate(waitingLink.getHref());
        Grid<CertificationChangeRow> grid = _get(Grid.class);
        int waiting = _size(grid);
        assertThat(waiting).isPositive();
        CertificationChangeRow first = grid.getGenericDataView().getItem(0);

        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(grid, 0, "actions");
        _click((Button) actions.getComponentAt(1));
        _click(_get(Button.class, spec -> spec.withId("certification-reject-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("certification-reject-reason")).isInvalid()).isTrue();
        _get(TextArea.class, spec -> spec.withId("certification-reject-reason")).setValue("Certificate unreadable");
        _click(_get(Button.class, spec -> spec.withId("certification-reject-confirm")));

        assertThat(jdbc.queryForObject("SELECT status || ':' || decision_note FROM certification_change WHERE id = ?",
                String.class, first.id())).isEqualTo("REJECTED:Certificate unreadable");
        assertThat(_find(Grid.class)).allSatisfy(g -> assertThat(g.isVisible() ? _size(g) : 0)
                .isEqualTo(waiting - 1));
    }
}
