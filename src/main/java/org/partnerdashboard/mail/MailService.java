package org.partnerdashboard.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the app's messages through Spring Boot's mail support when an operator configured an SMTP server
 * ({@code spring.mail.host}); without one, each message is kept for the administrators' outbox page, so nothing is
 * lost on a demo or a fresh install. Every message is recorded either way; a failed delivery is recorded with its
 * reason, never thrown at the person who caused the message.
 */
@Service
public class MailService {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final OutgoingMailRepository messages;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final Clock clock;

    MailService(OutgoingMailRepository messages, ObjectProvider<JavaMailSender> sender,
            @Value("${app.mail.from:Partner Dashboard <no-reply@partner-dashboard.local>}") String from, Clock clock) {
        this.messages = messages;
        this.sender = sender;
        this.from = from;
        this.clock = clock;
    }

    /** Whether the text looks like an e-mail address this service would send to. */
    public static boolean isAddress(String text) {
        return text != null && ADDRESS.matcher(text.trim()).matches();
    }

    /** Whether an SMTP server is configured (otherwise messages wait in the outbox). */
    public boolean smtpConfigured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends a message to one person, with a plain-text part and optionally an HTML one; returns the record's id.
     * An address that is not one is refused before anything is recorded.
     */
    @Transactional
    public long send(String to, String subject, String text, String html) {
        return deliver(new Letter(to, subject, text, html, Map.of(), Map.of())).mailId();
    }

    /**
     * Sends a message with extra headers (a newsletter's List-Unsubscribe) and images the HTML shows inline
     * ({@code cid:name}); the outcome says whether it left, waits in the outbox, or failed and why.
     */
    @Transactional
    public Delivery deliver(Letter letter) {
        if (!isAddress(letter.to())) {
            throw new InvalidInputException("mail.error.address", letter.to());
        }
        OutgoingMail mail = messages.save(new OutgoingMail(letter.to().trim(), letter.subject(), letter.text(),
                letter.html(), clock.instant()));
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return new Delivery(mail.getId(), Delivery.Outcome.KEPT, null);
        }
        try {
            smtp.send(mime(smtp, letter));
            mail.sent(clock.instant());
            return new Delivery(mail.getId(), Delivery.Outcome.SENT, null);
        } catch (MailException | MessagingException failure) {
            mail.failed(failure.getMessage());
            return new Delivery(mail.getId(), Delivery.Outcome.FAILED, failure.getMessage());
        }
    }

    /** A message to send. */
    public record Letter(String to, String subject, String text, String html, Map<String, String> headers,
            Map<String, byte[]> inlineImages) {
    }

    /** What became of a message: sent over SMTP, kept for the outbox (no SMTP configured), or failed with a reason. */
    public record Delivery(long mailId, Outcome outcome, String reason) {

        public enum Outcome { SENT, KEPT, FAILED }
    }

    private MimeMessage mime(JavaMailSender smtp, Letter letter) throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        boolean multipart = letter.html() != null;
        MimeMessageHelper helper = new MimeMessageHelper(message, multipart
                ? MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED : MimeMessageHelper.MULTIPART_MODE_NO, "UTF-8");
        helper.setFrom(from);
        helper.setTo(letter.to().trim());
        helper.setSubject(letter.subject());
        if (letter.html() != null) {
            helper.setText(letter.text(), letter.html());
        } else {
            helper.setText(letter.text());
        }
        for (Map.Entry<String, byte[]> image : letter.inlineImages().entrySet()) {
            helper.addInline(image.getKey(), new ByteArrayResource(image.getValue()), "image/png");
        }
        for (Map.Entry<String, String> header : letter.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        return message;
    }

    /** The latest messages, newest first, a page at a time. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.ADMIN)
    public List<OutboxRow> outbox(int offset, int limit) {
        return messages.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(offset / Math.max(1, limit),
                Math.max(1, limit))).map(OutgoingMail::toRow).getContent();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.ADMIN)
    public long outboxSize() {
        return messages.count();
    }
}
