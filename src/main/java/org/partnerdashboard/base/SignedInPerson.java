package org.partnerdashboard.base;

/** What the app frame shows of whoever is signed in; implemented by the security feature's user. */
public interface SignedInPerson {

    String displayName();

    /** An i18n key naming the person's role, e.g. "role.CBO_STAFF". */
    String roleKey();

    String organizationName();

    /** The route the person starts on: the overview for partnership staff, their own space for manufacturers. */
    String home();
}
