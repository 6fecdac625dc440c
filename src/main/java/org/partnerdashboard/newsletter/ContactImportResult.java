package org.partnerdashboard.newsletter;

/**
 * What a contact list import did.
 *
 * @param activated          people who had signed up but not yet confirmed, now confirmed by the list's consent
 * @param alreadySubscribed  people already receiving the newsletter, left as they were
 * @param stillUnsubscribed  people who had unsubscribed: the list does not bring them back
 */
public record ContactImportResult(int added, int activated, int alreadySubscribed, int stillUnsubscribed) {
}
