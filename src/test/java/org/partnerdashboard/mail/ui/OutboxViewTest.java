package org.partnerdashboard.mail.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.mail.MailService;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Administrators read what the app sent or keeps; others cannot open the page. */
class OutboxViewTest extends KaribuTest {

    @Autowired
    MailService mail;

    @Test
    @Transactional
    void withoutSmtpTheOutboxSaysSoAndListsTheKeptMessage() {
        signInAs("admin");
        mail.send("ana@acmetool.example", "Your invitation", "Hello Ana", null);

        UI.getCurrent().navigate(OutboxView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("outbox-how")).getText())
                .startsWith("No SMTP server is configured");
        assertThat(_getFormattedRow(_get(Grid.class, spec -> spec.withId("outbox")), 0))
                .contains("ana@acmetool.example", "Your invitation", "Kept here (no SMTP)");
    }

    @Test
    void onlyAdministratorsOpenTheOutbox() {
        signInAs("imec.staff");

        assertThatThrownBy(() -> UI.getCurrent().navigate(OutboxView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
