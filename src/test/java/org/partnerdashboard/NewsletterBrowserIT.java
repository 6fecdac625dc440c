package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnerdashboard.support.BrowserTest;
import org.partnerdashboard.support.ServedOnRandomPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The newsletter in a browser, with a real SMTP server (GreenMail on loopback): a research editor composes an
 * issue, previews it in Spanish at a phone's width, sends it to three subscribers; each gets it; anyone opens its
 * public web version and PDF without signing in; a mail program's one-click unsubscribe works.
 */
@ServedOnRandomPort
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + NewsletterBrowserIT.PORT})
class NewsletterBrowserIT extends BrowserTest {

    static final int PORT = 3938;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"));

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    private void subscriber(long id, String email, String language) {
        jdbc.update("INSERT INTO newsletter_subscriber (id, version, email, language, status, source, consent,"
                + " created_at, confirmed_at) VALUES (?, 0, ?, ?, 'ACTIVE', 'IMPORT', 'Roundtable sheet', ?, ?)", id,
                email, language, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
    }

    @Test
    void anEditorComposesPreviewsAndSendsAnIssueThatAnyoneCanRead() throws Exception {
        jdbc.update("DELETE FROM newsletter_delivery");
        jdbc.update("DELETE FROM newsletter_subscriber");
        subscriber(990_001, "ops@northsidemetal.example", "en");
        subscriber(990_002, "compras@pilsenplastics.example", "es");
        subscriber(990_003, "owner@calumetfoods.example", "en");

        signIn("research.editor", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        page.navigate(url("/newsletter"));
        page.locator("#new-issue").click();
        page.locator("#issue-title-en input").fill("Fabricated metals keep hiring");
        page.getByLabel("Title (Spanish)").fill("Los metales fabricados siguen contratando");
        page.locator("#issue-note-en textarea").fill("Welcome to the summer issue.\n\nThree figures to watch.");
        pick("Brief 1: subsector", "332", "332 Fabricated", "vaadin-combo-box-item");
        page.locator("#save-issue").click();
        page.waitForURL(Pattern.compile(".*/newsletter/issue/\\d+.*"));
        page.frameLocator("#issue-preview").getByText("Fabricated metals keep hiring").first().waitFor();

        page.locator("#preview-language vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Español"))
                .click();
        page.frameLocator("#issue-preview").getByText("Los metales fabricados siguen contratando").first().waitFor();
        page.locator("#preview-width vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Phone"))
                .click();
        page.frameLocator("#issue-preview").getByText("Los metales fabricados siguen contratando").first().waitFor();
        page.waitForURL(Pattern.compile(".*lang=es.*"));
        screenshot("newsletter-compose-preview-es-phone.png");

        page.locator("#send-issue").click();
        page.locator("#confirm-send").click();
        page.locator("#send-progress").getByText("3 of 3 sent").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        screenshot("newsletter-sent.png");

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3);
        MimeMessage spanish = Arrays.stream(received).filter(m -> recipient(m)
                .equals("compras@pilsenplastics.example")).findFirst().orElseThrow();
        assertThat(spanish.getSubject()).startsWith("Los metales fabricados siguen contratando · Número ");
        Matcher number = Pattern.compile("Número (\\d+)").matcher(spanish.getSubject());
        assertThat(number.find()).isTrue();
        String unsubscribe = spanish.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");

        page.context().clearCookies();
        page.setViewportSize(390, 844);
        page.navigate(url("/news"));
        page.getByText("Fabricated metals keep hiring").click();
        page.getByText("Fabricated metals keep hiring").first().waitFor();
        assertThat(page.url()).contains("/news/" + number.group(1));
        page.locator("img[alt^='Line chart of employment']").first().waitFor();
        assertThat(page.locator("img[alt^='Line chart of employment']").first()
                .evaluate("img => img.naturalWidth")).isNotEqualTo(0);
        screenshot("newsletter-web-version-phone.png");
        page.navigate(url("/news/" + number.group(1) + "?lang=es"));
        page.getByText("Los metales fabricados siguen contratando").first().waitFor();
        screenshot("newsletter-web-version-es-phone.png");

        APIResponse pdf = page.request().get(url("/news/" + number.group(1) + ".pdf?lang=en"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Files.write(SCREENSHOTS.resolve("newsletter-issue.pdf"), pdf.body());

        page.navigate(unsubscribe);
        page.getByText("Stop sending me the newsletter.").waitFor();
        APIResponse oneClick = page.request().post(unsubscribe, RequestOptions.create()
                .setForm(FormData.create().set("List-Unsubscribe", "One-Click")));
        assertThat(oneClick.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT status FROM newsletter_subscriber WHERE email = ?", String.class,
                "compras@pilsenplastics.example")).isEqualTo("UNSUBSCRIBED");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
