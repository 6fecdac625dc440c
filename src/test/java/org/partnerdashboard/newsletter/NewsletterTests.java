package org.partnerdashboard.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Languages;
import org.partnerdashboard.base.NewsletterOptIn;
import org.partnerdashboard.suppliers.SupplierRegistration;
import org.partnerdashboard.suppliers.SupplierRegistrationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The newsletter end to end against a real SMTP server (GreenMail): double opt-in, consented imports, sending to
 * 300 recipients with their own unsubscribe links, and a send cut off by a stop that resumes without sending anyone
 * twice. Not in a rolled-back transaction: sending commits as it goes, so each test clears what it made.
 */
abstract class NewsletterTests {

    static final String APP = "http://localhost:8080/";
    private static final Pattern CONFIRM = Pattern.compile("news/confirm/([A-Za-z0-9_-]+)");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("news/unsubscribe/([A-Za-z0-9_-]+)");

    @Autowired
    SubscriptionService subscriptions;

    @Autowired
    NewsletterService newsletter;

    @Autowired
    NewsletterArchive archive;

    @Autowired
    NewsletterSender sender;

    @Autowired
    SupplierRegistrationService registrations;

    @Autowired
    JdbcTemplate jdbc;

    @PersistenceContext
    EntityManager entities;

    abstract GreenMailExtension smtp();

    /** Each test starts from an empty list (the demo data's subscribers and draft gone) and leaves one, outbox too. */
    @BeforeEach
    @AfterEach
    void clear() {
        sender.halt();
        jdbc.update("DELETE FROM newsletter_delivery");
        jdbc.update("DELETE FROM newsletter_issue");
        jdbc.update("DELETE FROM newsletter_subscriber");
        // hundreds of messages from this test context would sit above other contexts' newest ones in the shared
        // in-memory database (ids come in blocks per context), where outbox tests look for theirs
        jdbc.update("DELETE FROM outgoing_mail");
        sender.resume();
    }

    private String status(String email) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            entities.flush();
        }
        return jdbc.queryForObject("SELECT status FROM newsletter_subscriber WHERE email = ?", String.class, email);
    }

    private static String body(MimeMessage message) {
        return GreenMailUtil.getWholeMessage(message).replace("=\r\n", "").replace("=3D", "=");
    }

    private static String token(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("a link in " + text.substring(0, Math.min(200, text.length()))).isTrue();
        return matcher.group(1);
    }

    @Test
    void aSignUpWaitsForTheConfirmationLinkAndTheAnswerRevealsNothing() throws Exception {
        subscriptions.signUp("Ana@AcmeTool.example", Languages.SPANISH, "203.0.113.9", APP);

        assertThat(status("ana@acmetool.example")).isEqualTo("PENDING");
        MimeMessage[] received = smtp().getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("Confirme");
        String confirm = token(CONFIRM, body(received[0]));

        subscriptions.signUp("ana@acmetool.example", Languages.SPANISH, "203.0.113.9", APP);
        assertThat(smtp().getReceivedMessages()).as("no second message within ten minutes").hasSize(1);

        assertThat(subscriptions.confirm("not-a-token")).isFalse();
        assertThat(subscriptions.confirm(confirm)).isTrue();
        assertThat(status("ana@acmetool.example")).isEqualTo("ACTIVE");
        assertThat(subscriptions.confirm(confirm)).as("a link works once").isFalse();
        subscriptions.signUp("ana@acmetool.example", Languages.ENGLISH, "203.0.113.9", APP);
        assertThat(smtp().getReceivedMessages()).as("already subscribed: nothing sent, nothing said").hasSize(1);

        assertThatThrownBy(() -> subscriptions.signUp("not an address", Languages.ENGLISH, "203.0.113.9", APP))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldKey()).isEqualTo("subscribe.email"));
    }

    @Test
    void oneNetworkAddressMayAskForFiveSignUpsAnHour() {
        for (int i = 0; i < SubscriptionService.SIGN_UPS_PER_ADDRESS_PER_HOUR; i++) {
            subscriptions.signUp("person" + i + "@flood.example", Languages.ENGLISH, "198.51.100.7", APP);
        }
        assertThatThrownBy(() -> subscriptions.signUp("one-more@flood.example", Languages.ENGLISH, "198.51.100.7",
                APP)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("subscribe.error.rate-limit"));
        subscriptions.signUp("neighbour@other.example", Languages.ENGLISH, "198.51.100.8", APP);
        assertThat(status("neighbour@other.example")).isEqualTo("PENDING");
    }

    @Test
    @Transactional // rolled back: the registration stays out of the shared test data
    void aSupplierThatRegistersAndTicksTheBoxIsAskedToConfirm() throws Exception {
        SupplierRegistration registration = new SupplierRegistration("Opt-In Castings LLC", null, "Cicero", "IL",
                "60804", "17031", "Rosa Diaz", "rosa@optincastings.example", null, null, List.of("331511"), Set.of(),
                Set.of(), Set.of(), 40, false);
        registrations.register(registration, "192.0.2.44", new NewsletterOptIn("ignored@example.com",
                Languages.SPANISH, APP));

        assertThat(status("rosa@optincastings.example")).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("SELECT source FROM newsletter_subscriber WHERE email = ?", String.class,
                "rosa@optincastings.example")).isEqualTo("SUPPLIER_REGISTRATION");
        assertThat(smtp().getReceivedMessages()).hasSize(1);
        assertThat(smtp().getReceivedMessages()[0].getAllRecipients()[0].toString())
                .isEqualTo("rosa@optincastings.example");

        SupplierRegistration invalid = new SupplierRegistration("", null, "Cicero", "IL", "60804", "17031", "Rosa",
                "lost@optincastings.example", null, null, List.of("331511"), Set.of(), Set.of(), Set.of(), 40, false);
        assertThatThrownBy(() -> registrations.register(invalid, "192.0.2.44",
                new NewsletterOptIn("lost@optincastings.example", Languages.ENGLISH, APP)))
                .isInstanceOf(InvalidInputException.class);
        entities.clear();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM newsletter_subscriber WHERE email = ?", Integer.class,
                "lost@optincastings.example")).as("kept or lost with the registration").isZero();
    }

    @Test
    @WithUserDetails("research.editor")
    void aContactListIsImportedWholeOrNotAtAllAndNeverBringsBackWhoLeft() {
        byte[] bad = "email,language\nok@list.example,en\nnot-an-address,es\nother@list.example,fr\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> subscriptions.importContacts("list.csv", bad, "Roundtable sign-in sheet"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("subscribers.error.rows");
                    assertThat(e.arguments()).contains("2", "3, 4");
                });
        assertThat(subscriptions.subscriberCount()).isZero();
        assertThatThrownBy(() -> subscriptions.importContacts("list.csv", "email\na@list.example\n"
                .getBytes(StandardCharsets.UTF_8), " ")).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldKey()).isEqualTo("subscribers.import.consent"));

        subscriptions.importContacts("first.csv", "email\nleft@list.example\n".getBytes(StandardCharsets.UTF_8),
                "Manufacturing Month 2026");
        jdbc.update("UPDATE newsletter_subscriber SET status = 'UNSUBSCRIBED' WHERE email = 'left@list.example'");
        ContactImportResult result = subscriptions.importContacts("list.csv",
                "Email,Idioma\nLEFT@list.example,en\nnew@list.example,es\nnew@list.example,es\n"
                        .getBytes(StandardCharsets.UTF_8), "Roundtable sign-in sheet");

        assertThat(result).isEqualTo(new ContactImportResult(1, 0, 0, 1));
        assertThat(status("left@list.example")).isEqualTo("UNSUBSCRIBED");
        assertThat(status("new@list.example")).isEqualTo("ACTIVE");
        assertThat(subscriptions.subscribers(0, 10)).filteredOn(s -> s.email().equals("new@list.example"))
                .singleElement().satisfies(s -> {
                    assertThat(s.language()).isEqualTo("es");
                    assertThat(s.consent()).isEqualTo("Roundtable sign-in sheet");
                });
    }

    @Test
    @WithUserDetails("executive")
    void onlyEditorsComposeIssuesAndManageTheList() {
        assertThatThrownBy(() -> newsletter.issues()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> subscriptions.subscribers(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("research.editor")
    void anIssueNeedsATitleAndOneToThreeBriefs() {
        assertThatThrownBy(() -> newsletter.create(new IssueDraft(" ", null, null, null, List.of(), true, true,
                true))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException::fieldKey)
                        .containsExactly("newsletter.title-en", "newsletter.briefs"));
        BriefChoice brief = new BriefChoice("332", "C1698", null);
        assertThatThrownBy(() -> newsletter.create(new IssueDraft("Four briefs", null, null, null,
                List.of(brief, brief, brief, brief), true, true, true))).isInstanceOf(InvalidInputException.class);
    }

    private IssueDraft draft() {
        return new IssueDraft("Fabricated metals hold steady", "Los metales fabricados se mantienen",
                "Welcome to the summer issue.", null, List.of(new BriefChoice("332", "C1698", null)), true, true,
                true);
    }

    private List<String> subscribe(int people) {
        StringBuilder csv = new StringBuilder("email,language\n");
        List<String> emails = IntStream.range(0, people).mapToObj(i -> "maker" + i + "@plant" + i + ".example").toList();
        for (int i = 0; i < emails.size(); i++) {
            csv.append(emails.get(i)).append(i % 3 == 0 ? ",es\n" : ",en\n");
        }
        subscriptions.importContacts("network.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                "Manufacturers' network list, opted in 2026");
        return emails;
    }

    private void awaitSent(long issueId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (newsletter.issue(issueId).status() != IssueStatus.SENT && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(newsletter.issue(issueId).status()).isEqualTo(IssueStatus.SENT);
    }

    @Test
    @WithUserDetails("research.editor")
    void anIssueReachesEveryoneOnceInTheirLanguageWithTheirOwnUnsubscribeLink() throws Exception {
        List<String> emails = subscribe(300);
        long id = newsletter.create(draft());
        String preview = newsletter.preview(draft(), Languages.SPANISH, APP);
        assertThat(preview).contains("Los metales fabricados se mantienen").contains("data:image/png;base64,");

        int number = newsletter.send(id, newsletter.issue(id).version(), APP);
        awaitSent(id);

        MimeMessage[] received = smtp().getReceivedMessages();
        assertThat(received).hasSize(300);
        assertThat(Arrays.stream(received).map(m -> recipient(m)).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(emails);
        Set<String> links = new HashSet<>();
        for (MimeMessage message : received) {
            String[] header = message.getHeader("List-Unsubscribe");
            assertThat(header).hasSize(1);
            assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            String raw = body(message);
            String link = token(UNSUBSCRIBE, header[0]);
            assertThat(raw).as("the same link in the message").contains("news/unsubscribe/" + link);
            assertThat(raw).doesNotContain(IssueLinks.UNSUBSCRIBE_PLACEHOLDER).contains("cid:brief-1")
                    .contains("multipart/related");
            links.add(link);
            String to = recipient(message);
            boolean spanish = Integer.parseInt(to.substring("maker".length(), to.indexOf('@'))) % 3 == 0;
            assertThat(message.getSubject()).contains(spanish ? "Número " + number : "Issue " + number);
        }
        assertThat(links).as("each recipient their own link").hasSize(300);
        assertThat(newsletter.progress(id)).isEqualTo(new NewsletterService.Progress(0, 300, 0, 0));

        String firstLink = token(UNSUBSCRIBE, received[0].getHeader("List-Unsubscribe")[0]);
        assertThat(subscriptions.unsubscribe(firstLink)).isTrue();
        assertThat(status(recipient(received[0]))).isEqualTo("UNSUBSCRIBED");
        assertThat(subscriptions.unsubscribe(firstLink)).as("twice is still a yes").isTrue();
        assertThat(subscriptions.unsubscribe("forged")).isFalse();

        String web = archive.webVersion(number, "es").orElseThrow();
        assertThat(web).contains("Los metales fabricados se mantienen").contains("news/" + number + "/es/brief-1.png")
                .doesNotContain("news/unsubscribe/").doesNotContain(IssueLinks.UNSUBSCRIBE_PLACEHOLDER);
        assertThat(archive.image(number, "es", "brief-1")).get().satisfies(png -> assertThat(png).startsWith(0x89));
        assertThat(new String(archive.pdf(number, "en").orElseThrow(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(archive.published()).extracting(NewsletterArchive.PublishedIssue::number).containsExactly(number);
        assertThatThrownBy(() -> newsletter.update(id, newsletter.issue(id).version(), draft()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("newsletter.error.already-sent"));
    }

    @Test
    @WithUserDetails("research.editor")
    void theCampaignFiguresAreRoundedAndCountedInWholeMonthsForThePublic() {
        subscribe(3);
        String preview = newsletter.preview(draft(), Locale.US, APP);
        Matcher figures = Pattern.compile("nowrap\">([\\d,]+) / 1,000<").matcher(preview);
        assertThat(figures.find()).isTrue();
        assertThat(Integer.parseInt(figures.group(1).replace(",", "")) % 5).isZero();
        assertThat(preview).contains("Placements through May 31, 2026");
    }

    @Test
    @WithUserDetails("research.editor")
    void aSendCutOffByAStopResumesWithoutSendingAnyoneTwice() throws Exception {
        subscribe(150);
        long id = newsletter.create(draft());
        newsletter.send(id, newsletter.issue(id).version(), APP);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (smtp().getReceivedMessages().length < 50 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        sender.halt();
        int beforeStop = smtp().getReceivedMessages().length;
        assertThat(beforeStop).isBetween(50, 149);
        // the stop came between a claim and its message for one recipient: nobody knows whether it left
        Long claimed = jdbc.queryForObject("SELECT MIN(id) FROM newsletter_delivery WHERE issue_id = ? AND status"
                + " = 'PENDING'", Long.class, id);
        jdbc.update("UPDATE newsletter_delivery SET status = 'SENDING' WHERE id = ?", claimed);

        sender.resume();
        awaitSent(id);

        MimeMessage[] received = smtp().getReceivedMessages();
        List<String> recipients = new ArrayList<>(Arrays.stream(received).map(NewsletterTests::recipient).toList());
        assertThat(recipients).as("nobody twice").doesNotHaveDuplicates().hasSize(149);
        assertThat(newsletter.progress(id)).isEqualTo(new NewsletterService.Progress(0, 149, 1, 0));
        assertThat(newsletter.deliveries(id, 0, 400)).filteredOn(d -> d.id() == claimed).singleElement()
                .satisfies(d -> assertThat(d.error()).isEqualTo(NewsletterSender.INTERRUPTED));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
