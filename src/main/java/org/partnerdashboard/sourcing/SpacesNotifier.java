package org.partnerdashboard.sourcing;

import com.vaadin.flow.i18n.I18NProvider;
import org.partnerdashboard.mail.MailService;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.security.StaffContacts;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Tells Supply Chain Center staff (those whose accounts have an address) what arrived from the two spaces: a request a
 * buyer submitted, a supplier's interest. Each message in the reader's language, with the request's address.
 */
@Component
class SpacesNotifier {

    private final StaffContacts contacts;
    private final MailService mail;
    private final I18NProvider texts;

    SpacesNotifier(StaffContacts contacts, MailService mail, I18NProvider texts) {
        this.contacts = contacts;
        this.mail = mail;
        this.texts = texts;
    }

    void requestSubmitted(SourcingRequest request, String appAddress) {
        notifyStaff("notice.request", request, request.getBuyer().getName(), appAddress);
    }

    void interestShown(SourcingRequest request, String supplierName, String appAddress) {
        notifyStaff("notice.interest", request, supplierName, appAddress);
    }

    private void notifyStaff(String kind, SourcingRequest request, String who, String appAddress) {
        String link = appAddress + "sourcing-requests/" + request.getId();
        for (StaffContacts.Contact to : contacts.of(Role.SUPPLY_CHAIN_STAFF)) {
            String subject = texts.getTranslation(kind + ".subject", to.language(), request.getTitle());
            String body = texts.getTranslation(kind + ".body", to.language(), who, request.getTitle());
            String open = texts.getTranslation("notice.open", to.language());
            mail.send(to.email(), subject, body + "\n\n" + open + ": " + link + "\n",
                    "<html lang=\"" + to.language().getLanguage() + "\"><body style=\"font-family:Arial,sans-serif;"
                            + "font-size:16px;line-height:1.5;color:#1a1a1a\"><p>" + HtmlUtils.htmlEscape(body)
                            + "</p><p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(open)
                            + "</a></p></body></html>");
        }
    }
}
