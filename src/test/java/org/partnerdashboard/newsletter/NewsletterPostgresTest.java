package org.partnerdashboard.newsletter;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnerdashboard.support.EmbeddedPostgres;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

@PartnerDashboardTest
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + NewsletterPostgresTest.PORT,
        "app.newsletter.messages-per-second=5000"})
class NewsletterPostgresTest extends NewsletterTests {

    static final int PORT = 3937;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"));

    @Override
    GreenMailExtension smtp() {
        return SMTP;
    }
}
