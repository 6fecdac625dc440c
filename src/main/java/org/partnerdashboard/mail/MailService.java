package org.partnerdashboard.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
        if (to == null || !ADDRESS.matcher(to.trim()).matches()) {
            throw new InvalidInputException("mail.error.address", to);
        }
        OutgoingMail mail = messages.save(new OutgoingMail(to.trim(), subject, text, html, clock.instant()));
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp != null) {
            try {
                smtp.send(mime(smtp, mail));
                mail.sent(clock.instant());
            } catch (MailException | MessagingException failure) {
                mail.failed(failure.getMessage());
            }
        }
        return mail.getId();
    }

    private MimeMessage mime(JavaMailSender smtp, OutgoingMail mail) throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.getHtmlBody() != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        if (mail.getHtmlBody() != null) {
            helper.setText(mail.getTextBody(), mail.getHtmlBody());
        } else {
            helper.setText(mail.getTextBody());
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
