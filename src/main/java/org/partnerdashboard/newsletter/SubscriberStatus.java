package org.partnerdashboard.newsletter;

/** Where a subscriber stands: waiting for their confirmation, receiving issues, or no longer. */
public enum SubscriberStatus { PENDING, ACTIVE, UNSUBSCRIBED }
