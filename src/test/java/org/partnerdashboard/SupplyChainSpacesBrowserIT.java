package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnerdashboard.support.BrowserTest;
import org.partnerdashboard.support.ServedOnRandomPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The two spaces in a browser, with mail going out over a real SMTP server (GreenMail on loopback): staff invite a
 * supplier, the link arrives by mail, the supplier sets a password, signs in, sees an opportunity and says it is
 * interested; staff see the interest in scouting; a buyer submits a request and staff find it in their list.
 */
@ServedOnRandomPort
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + SupplyChainSpacesBrowserIT.PORT})
class SupplyChainSpacesBrowserIT extends BrowserTest {

    static final int PORT = 3926;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", "smtp"));

    private void signOut() {
        page.context().clearCookies();
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    /** The message's plain-text part, however the parts are nested. */
    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                String text = plainText(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    @Test
    void anInvitedSupplierSaysItIsInterestedAndABuyerAsksForSuppliers() throws Exception {
        // an open request the demo fitted to a subsector, and an approved supplier of that subsector without an account
        Map<String, Object> fit = jdbc.queryForMap("""
                SELECT r.id AS request_id, s.id AS supplier_id, s.legal_name AS supplier_name
                FROM sourcing_request r JOIN supplier s ON s.naics_code = r.naics_code
                WHERE r.origin = 'BUYER' AND r.status IN ('OPEN', 'SCOUTING') AND s.registration_status = 'APPROVED'
                    AND s.organization_id IS NULL AND r.buy_america_required = FALSE
                    AND NOT EXISTS (SELECT 1 FROM supplier_match m WHERE m.supplier_id = s.id
                        AND m.sourcing_request_id = r.id)
                ORDER BY r.id, s.id FETCH FIRST 1 ROWS ONLY""");
        long requestId = ((Number) fit.get("request_id")).longValue();
        long supplierId = ((Number) fit.get("supplier_id")).longValue();
        String supplierName = (String) fit.get("supplier_name");

        signIn("imec.staff", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        page.navigate(url("/supplier/" + supplierId));
        page.locator("#invite-account").click();
        page.locator("#invite-name input").fill("Rosa Jimenez");
        page.locator("#invite-email input").fill("rosa.jimenez@supplier.example");
        screenshot("spaces-invite-dialog.png");
        page.locator("#invite-send").click();
        page.getByText("Invitation sent to rosa.jimenez@supplier.example").waitFor();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("rosa.jimenez@supplier.example");
        Matcher link = Pattern.compile("(http://\\S+/welcome\\?token=\\S+)").matcher(plainText(received[0]));
        assertThat(link.find()).isTrue();

        signOut();
        page.navigate(link.group(1));
        page.locator("#welcome-password input").fill("rosa's long password");
        page.locator("#welcome-confirmation input").fill("rosa's long password");
        assertThat(page.locator("#welcome-username input").inputValue()).isEqualTo("rosa.jimenez");
        screenshot("spaces-welcome.png");
        page.locator("#welcome-create").click();
        page.waitForURL(Pattern.compile(".*/login.*"));

        signIn("rosa.jimenez", "rosa's long password");
        page.waitForURL(Pattern.compile(".*/opportunities"));
        page.locator("#opportunity-" + requestId).waitFor();
        screenshot("spaces-opportunities.png");
        page.locator("#interested-" + requestId).click();
        page.locator("#interest-note textarea").fill("Two presses free from July");
        page.locator("#interest-files input[type=file]").setInputFiles(new FilePayload("capabilities.pdf",
                "application/pdf", "%PDF-1.4 capability statement".getBytes(StandardCharsets.US_ASCII)));
        page.locator("#interest-files").getByText("capabilities.pdf").waitFor();
        page.waitForTimeout(500);
        page.locator("#interest-send").click();
        page.getByText("Staff will see your interest").waitFor();
        page.locator("#opportunity-" + requestId + " .interest-said").waitFor();

        signOut();
        signIn("imec.staff", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        page.navigate(url("/sourcing-requests/" + requestId + "?interested=only"));
        page.locator("#request-interests").getByText(supplierName).waitFor();
        page.locator("#request-interests").getByText("capabilities.pdf").waitFor();
        page.getByText("Said it is interested").first().waitFor();
        screenshot("spaces-staff-interest.png");

        signOut();
        signIn("buyer.demo", "chicago-demo-2026");
        page.waitForURL(Pattern.compile(".*/my-requests"));
        page.locator("#new-my-request").click();
        page.getByLabel("What is needed").fill("Laser-cut stainless brackets");
        pick("NAICS subsector", "332", "332 Fabricated", "vaadin-combo-box-item");
        page.locator("#submit-request").click();
        page.waitForURL(Pattern.compile(".*/my-request/\\d+"));
        page.getByText("Submitted", new Page.GetByTextOptions().setExact(false)).first().waitFor();
        screenshot("spaces-buyer-request.png");

        signOut();
        signIn("imec.staff", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        page.navigate(url("/sourcing"));
        page.locator("#sourcing-arrived").waitFor();
        page.getByLabel("Search").fill("laser-cut stainless");
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Laser-cut stainless brackets")).first().waitFor();
    }
}
