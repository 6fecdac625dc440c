package org.partnerdashboard.sourcing.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.security.ui.WelcomeView;
import org.partnerdashboard.suppliers.ui.MyCompanyView;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The two spaces' pages, and staff's invitation, as their users work them. */
@Transactional
class SupplyChainSpacesViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Test
    void staffInviteFromTheSuppliersPageAndTheLinkOpensTheAccount() {
        signInAs("imec.staff");
        long supplierId = jdbc.queryForObject(
                "SELECT MIN(id) FROM supplier WHERE registration_status = 'APPROVED' AND organization_id IS NULL",
                Long.class);
        UI.getCurrent().navigate(SupplierProfileView.class, supplierId);
        _click(_get(Button.class, spec -> spec.withId("invite-account")));
        _get(TextField.class, spec -> spec.withId("invite-name")).setValue("Lena Park");
        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue("lena.park@acme.example");
        _click(_get(Button.class, spec -> spec.withId("invite-send")));

        entityManager.flush(); // the message, written through JPA, before reading it with SQL
        String text = jdbc.queryForObject("SELECT text_body FROM outgoing_mail WHERE recipient = 'lena.park@acme.example'",
                String.class);
        Matcher link = Pattern.compile("welcome\\?token=(\\S+)").matcher(text);
        assertThat(link.find()).isTrue();

        UI.getCurrent().navigate("welcome", QueryParameters.of("token", link.group(1)));
        _get(WelcomeView.class);
        assertThat(_get(TextField.class, spec -> spec.withId("welcome-username")).getValue()).isEqualTo("lena.park");
        _get(PasswordField.class, spec -> spec.withId("welcome-password")).setValue("a long enough password");
        _get(PasswordField.class, spec -> spec.withId("welcome-confirmation")).setValue("a different password");
        _click(_get(Button.class, spec -> spec.withId("welcome-create")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("welcome-confirmation")).isInvalid()).isTrue();
        _get(PasswordField.class, spec -> spec.withId("welcome-confirmation")).setValue("a long enough password");
        _click(_get(Button.class, spec -> spec.withId("welcome-create")));

        assertThat(jdbc.queryForObject("SELECT role FROM app_user WHERE username = 'lena.park'", String.class))
                .isEqualTo("SUPPLIER");
    }

    @Test
    void aClosedLinkSaysSo() {
        UI.getCurrent().navigate("welcome", QueryParameters.of("token", "inv_not-a-real-one"));

        assertThat(_get(H1.class).getText()).isEqualTo("This link no longer works");
    }

    @Test
    void aSupplierSaysItIsInterestedInAnOpportunity() {
        signInAs("supplier.demo");
        UI.getCurrent().navigate(OpportunitiesView.class);
        Button interested = _find(Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("interested-")).findFirst().orElseThrow();
        long requestId = Long.parseLong(interested.getId().orElseThrow().substring("interested-".length()));

        _click(interested);
        _get(TextArea.class, spec -> spec.withId("interest-note")).setValue("Can ship in May");
        _click(_get(Button.class, spec -> spec.withId("interest-send")));

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("interest-said")))
                .anyMatch(p -> p.getText().contains("Can ship in May"));
        assertThat(jdbc.queryForObject("SELECT note FROM supplier_interest WHERE sourcing_request_id = ?"
                + " AND note = 'Can ship in May'", String.class, requestId)).isNotNull();
    }

    @Test
    void aSupplierKeepsItsProfileCurrent() {
        signInAs("supplier.demo");
        UI.getCurrent().navigate(MyCompanyView.class);
        IntegerField employees = _get(IntegerField.class);
        int before = employees.getValue();

        employees.setValue(before + 10);
        _click(_get(Button.class, spec -> spec.withId("save-company")));

        assertThat(_find(ListItem.class)).anyMatch(item -> item.getText().contains("employees " + before + " → "
                + (before + 10)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBuyerSubmitsARequestAndFollowsIt() {
        signInAs("buyer.demo");
        UI.getCurrent().navigate(MyRequestsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-my-request")));
        _get(BuyerRequestView.class);

        _click(_get(Button.class, spec -> spec.withId("submit-request")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("What is needed")).isInvalid()).isTrue();

        _get(TextField.class, spec -> spec.withLabel("What is needed")).setValue("Powder-coated steel racks");
        ComboBox<Subsector> subsector = _get(ComboBox.class, spec -> spec.withLabel("NAICS subsector"));
        subsector.setValue(subsector.getListDataView().getItems().filter(s -> s.code().equals("332")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("submit-request")));

        assertThat(_get(H1.class).getText()).isEqualTo("Powder-coated steel racks");
        assertThat(jdbc.queryForObject("SELECT origin FROM sourcing_request WHERE title = 'Powder-coated steel racks'",
                String.class)).isEqualTo("BUYER");
    }
}
