package org.partnerdashboard.newsletter;

/** How a subscriber came: the public sign-up page, the supplier registration, or a consented list staff imported. */
public enum SubscriberSource { SIGN_UP, SUPPLIER_REGISTRATION, IMPORT }
