package org.partnerdashboard.newsletter;

import org.springframework.web.util.HtmlUtils;

/** An issue in one language as recipients read it: subject, the HTML part and the plain-text part. */
record Edition(String language, String subject, String html, String text) {

    /** The same edition with one recipient's unsubscribe link in place of the placeholder. */
    Edition forRecipient(String unsubscribeLink) {
        return new Edition(language, subject, html.replace(IssueLinks.UNSUBSCRIBE_PLACEHOLDER,
                HtmlUtils.htmlEscape(unsubscribeLink, "UTF-8")),
                text.replace(IssueLinks.UNSUBSCRIBE_PLACEHOLDER, unsubscribeLink));
    }
}
