package org.partnerdashboard.newsletter.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.newsletter.IssueRow;
import org.partnerdashboard.newsletter.NewsletterService;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class NewsletterViewsTest extends KaribuTest {

    @Autowired
    NewsletterService newsletter;

    @Autowired
    JdbcTemplate jdbc;

    @PersistenceContext
    EntityManager entities;

    private String error() {
        return _find(Span.class, spec -> spec.withClasses("form-error")).getFirst().getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditorComposesAnIssueAndPreviewsItInSpanishAtAPhonesWidth() {
        signInAs("research.editor");
        UI.getCurrent().navigate("newsletter/issue/new");
        _click(_get(Button.class, spec -> spec.withId("save-issue")));
        assertThat(_get(TextField.class, spec -> spec.withId("issue-title-en")).isInvalid()).isTrue();
        assertThat(error()).contains("Title (English) is required").contains("Choose one to 3 subsector briefs");

        _get(TextField.class, spec -> spec.withId("issue-title-en")).setValue("Machinery orders pick up");
        _get(TextField.class, spec -> spec.withLabel("Title (Spanish)")).setValue("Repuntan los pedidos de maquinaria");
        ComboBox<Subsector> subsector = _get(ComboBox.class, spec -> spec.withId("brief-1-subsector"));
        subsector.setValue(subsector.getListDataView().getItems().filter(s -> s.code().equals("333")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("save-issue")));

        IssueRow saved = newsletter.issues().stream().filter(i -> i.title().equals("Machinery orders pick up"))
                .findFirst().orElseThrow();
        assertThat(saved.draft().briefs()).singleElement().satisfies(b -> {
            assertThat(b.subsectorCode()).isEqualTo("333");
            assertThat(b.areaFips()).isEqualTo("C1698");
        });
        UI.getCurrent().navigate("newsletter/issue/" + saved.id(),
                QueryParameters.simple(Map.of("lang", "es", "width", "phone")));
        IFrame preview = _get(IFrame.class, spec -> spec.withId("issue-preview"));
        assertThat(preview.getSrcdoc()).get().asString().contains("<html lang=\"es\"")
                .contains("Repuntan los pedidos de maquinaria").contains("Próximamente")
                .contains("data:image/png;base64,");
        assertThat(preview.getElement().getStyle().get("width")).isEqualTo("390px");
        assertThat(_find(Button.class, spec -> spec.withId("send-issue"))).hasSize(1);
    }

    @Test
    void sendingWithoutSubscribersSaysSoAndSendsNothing() {
        signInAs("research.editor");
        jdbc.update("DELETE FROM newsletter_subscriber");
        UI.getCurrent().navigate("newsletter/issue/new");
        _get(TextField.class, spec -> spec.withId("issue-title-en")).setValue("Nobody to read it");
        @SuppressWarnings("unchecked")
        ComboBox<Subsector> subsector = _get(ComboBox.class, spec -> spec.withId("brief-1-subsector"));
        subsector.setValue(subsector.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("save-issue")));
        assertThat(newsletter.activeSubscribers()).isZero();
        assertThat(newsletter.issues()).extracting(IssueRow::title).contains("Nobody to read it");
    }

    @Test
    void aVisitorSignsUpWithAnExplicitYesAndIsToldToCheckTheirInbox() {
        UI.getCurrent().navigate("subscribe");
        _get(EmailField.class, spec -> spec.withId("subscribe-email")).setValue("lena@lakeshoremetal.example");
        _click(_get(Button.class, spec -> spec.withId("subscribe-submit")));
        assertThat(error()).isEqualTo("Please tick the box to confirm you want the newsletter");

        _get(Checkbox.class, spec -> spec.withId("subscribe-consent")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("subscribe-submit")));

        assertThat(_get(Div.class, spec -> spec.withId("subscribe-thanks")).getElement().getTextRecursively())
                .contains("Check your inbox").contains("lena@lakeshoremetal.example");
        entities.flush();
        assertThat(jdbc.queryForList("SELECT status FROM newsletter_subscriber WHERE email = ?", String.class,
                "lena@lakeshoremetal.example")).isEqualTo(List.of("PENDING"));
    }
}
