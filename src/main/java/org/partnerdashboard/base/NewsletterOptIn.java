package org.partnerdashboard.base;

import java.util.Locale;

/**
 * Someone asked for the newsletter while doing something else (registering their company): published in that
 * transaction, so the request and the wish to subscribe are kept or lost together.
 *
 * @param appAddress the app's address as people reach it, ending with a slash, for the confirmation link
 */
public record NewsletterOptIn(String email, Locale language, String appAddress) {
}
