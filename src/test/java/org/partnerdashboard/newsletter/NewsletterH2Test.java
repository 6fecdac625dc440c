package org.partnerdashboard.newsletter;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.test.context.TestPropertySource;

@PartnerDashboardTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + NewsletterH2Test.PORT,
        "app.newsletter.messages-per-second=5000"})
class NewsletterH2Test extends NewsletterTests {

    static final int PORT = 3936;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"));

    @Override
    GreenMailExtension smtp() {
        return SMTP;
    }
}
