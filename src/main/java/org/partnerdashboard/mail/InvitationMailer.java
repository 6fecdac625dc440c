package org.partnerdashboard.mail;

import com.vaadin.flow.i18n.I18NProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.partnerdashboard.security.InvitationService;
import org.partnerdashboard.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Invites a manufacturer's person and writes to them: the invitation and its message are one transaction, so a
 * refused address leaves no invitation behind. The message is in the invitee's language, plain text plus HTML, and
 * carries the one-time link; the link's secret is nowhere else.
 */
@Service
public class InvitationMailer {

    private final InvitationService invitations;
    private final MailService mail;
    private final I18NProvider texts;
    private final ZoneId zone;

    InvitationMailer(InvitationService invitations, MailService mail, I18NProvider texts, Clock clock) {
        this.invitations = invitations;
        this.mail = mail;
        this.texts = texts;
        this.zone = clock.getZone();
    }

    /**
     * @param appAddress the app's address as people reach it, ending with a slash
     * @return the invitation's id
     */
    @Transactional
    public long invite(Role role, long organizationId, String email, String displayName, Locale language,
            String appAddress) {
        InvitationService.NewInvitation invitation = invitations.invite(role, organizationId, email, displayName,
                language);
        Locale to = invitation.language();
        String link = appAddress + "welcome?token=" + URLEncoder.encode(invitation.token(), StandardCharsets.UTF_8);
        String space = text(to, "invitations.space." + role.name());
        String until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(to)
                .format(invitation.expiresAt().atZone(zone));
        String subject = text(to, "invitations.mail.subject", invitation.organizationName());
        String greeting = text(to, "invitations.mail.greeting", invitation.displayName());
        String body = text(to, "invitations.mail.body", invitation.organizationName(), space);
        String action = text(to, "invitations.mail.action");
        String expiry = text(to, "invitations.mail.expiry", until);
        String ignore = text(to, "invitations.mail.ignore");
        String plain = greeting + "\n\n" + body + "\n\n" + action + ":\n" + link + "\n\n" + expiry + "\n" + ignore + "\n";
        String html = "<html lang=\"" + to.getLanguage() + "\"><body style=\"font-family:Arial,sans-serif;"
                + "font-size:16px;line-height:1.5;color:#1a1a1a\">"
                + "<p>" + escape(greeting) + "</p><p>" + escape(body) + "</p>"
                + "<p><a href=\"" + escape(link) + "\" style=\"display:inline-block;background:#0b5cad;color:#ffffff;"
                + "padding:10px 18px;border-radius:4px;text-decoration:none\">" + escape(action) + "</a></p>"
                + "<p style=\"font-size:14px;color:#4a4a4a\">" + escape(expiry) + "<br>" + escape(ignore) + "</p>"
                + "</body></html>";
        mail.send(invitation.email(), subject, plain, html);
        return invitation.id();
    }

    private String text(Locale language, String key, Object... arguments) {
        return texts.getTranslation(key, language, arguments);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
