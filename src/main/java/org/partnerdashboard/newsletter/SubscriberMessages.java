package org.partnerdashboard.newsletter;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.partnerdashboard.mail.MailService;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The message that asks a new subscriber to confirm, in their language, plain text and HTML. */
@Component
class SubscriberMessages {

    private final MailService mail;
    private final I18NProvider texts;

    SubscriberMessages(MailService mail, I18NProvider texts) {
        this.mail = mail;
        this.texts = texts;
    }

    void confirmation(String to, Locale language, String link) {
        String subject = texts.getTranslation("subscribe.mail.subject", language);
        String body = texts.getTranslation("subscribe.mail.body", language);
        String action = texts.getTranslation("subscribe.mail.action", language);
        String ignore = texts.getTranslation("subscribe.mail.ignore", language);
        String plain = body + "\n\n" + action + ":\n" + link + "\n\n" + ignore + "\n";
        String html = "<html lang=\"" + language.getLanguage() + "\"><body style=\"font-family:Arial,sans-serif;"
                + "font-size:16px;line-height:1.5;color:#1a1a1a\"><p>" + escape(body) + "</p>"
                + "<p><a href=\"" + escape(link) + "\" style=\"display:inline-block;background:#0b5cad;color:#ffffff;"
                + "padding:10px 18px;border-radius:4px;text-decoration:none\">" + escape(action) + "</a></p>"
                + "<p style=\"font-size:14px;color:#4a4a4a\">" + escape(ignore) + "</p></body></html>";
        mail.send(to, subject, plain, html);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
