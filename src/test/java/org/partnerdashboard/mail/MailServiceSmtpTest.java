package org.partnerdashboard.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/** With an SMTP server configured, messages go out through it: a real one, GreenMail, on loopback. */
@PartnerDashboardTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + MailServiceSmtpTest.PORT})
@WithUserDetails("admin")
class MailServiceSmtpTest {

    static final int PORT = 3925;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"));

    @Autowired
    MailService mail;

    @Test
    void aMessageGoesOutWithItsTextAndHtmlPartsAndIsRecordedAsSent() throws Exception {
        long id = mail.send("ana@acmetool.example", "Your invitation", "Hello Ana, sign in here: https://x",
                "<p>Hello Ana, <a href=\"https://x\">sign in</a></p>");

        assertThat(mail.smtpConfigured()).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Your invitation");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ana@acmetool.example");
        String raw = GreenMailUtil.getWholeMessage(received[0]);
        assertThat(raw).contains("Hello Ana, sign in here: https://x").containsPattern("href=(3D)?\"https://x\"")
                .contains("multipart/alternative");
        assertThat(mail.outbox(0, 10)).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("SENT"));
    }

    @Test
    void aServerThatIsDownIsRecordedAsAFailureNotThrown() {
        SMTP.stop();

        long id = mail.send("jo@pilsen.example", "Notice", "Hello Jo", null);

        assertThat(mail.outbox(0, 10)).filteredOn(r -> r.id() == id).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("FAILED");
            assertThat(r.error()).isNotBlank();
        });
    }
}
