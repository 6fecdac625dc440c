package org.partnerdashboard.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Without an SMTP server (the README's run command) every message waits in the outbox; H2 and PostgreSQL. */
@Transactional
@WithUserDetails("admin")
abstract class MailServiceTests {

    @Autowired
    MailService mail;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutSmtpAMessageIsKeptForTheOutboxNewestFirst() {
        long before = mail.outboxSize();
        mail.send("ana@acmetool.example", "First", "Hello Ana", null);
        long second = mail.send(" jo@pilsen.example ", "Second", "Hello Jo", "<p>Hello Jo</p>");

        assertThat(mail.smtpConfigured()).isFalse();
        assertThat(mail.outboxSize()).isEqualTo(before + 2);
        assertThat(mail.outbox(0, 50).getFirst()).satisfies(row -> {
            assertThat(row.id()).isEqualTo(second);
            assertThat(row.recipient()).isEqualTo("jo@pilsen.example");
            assertThat(row.status()).isEqualTo("KEPT");
            assertThat(row.textBody()).isEqualTo("Hello Jo");
        });
        assertThat(jdbc.queryForObject("SELECT html_body FROM outgoing_mail WHERE id = ?", String.class, second))
                .isEqualTo("<p>Hello Jo</p>");
    }

    @Test
    void aWrongAddressIsRefusedAndNothingRecorded() {
        long before = mail.outboxSize();

        assertThatThrownBy(() -> mail.send("ana(at)acmetool", "x", "y", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("mail.error.address"));
        assertThat(mail.outboxSize()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("imec.staff")
    void onlyAdministratorsReadTheOutbox() {
        assertThatThrownBy(() -> mail.outbox(0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
