package org.partnerdashboard.newsletter;

/**
 * Where an edition's links lead.
 *
 * @param webVersion  the issue's public page in the edition's language (null in the web version itself)
 * @param pdf         the issue's PDF
 * @param unsubscribe the recipient's own one-click unsubscribe link (null in the web version: it offers sign-up)
 * @param subscribe   the public sign-up page
 */
record IssueLinks(String webVersion, String pdf, String unsubscribe, String subscribe) {

    /** Stands for each recipient's unsubscribe link in an edition rendered once for all of them. */
    static final String UNSUBSCRIBE_PLACEHOLDER = "%%UNSUBSCRIBE%%";
}
