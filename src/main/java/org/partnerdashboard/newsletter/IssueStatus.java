package org.partnerdashboard.newsletter;

/** A draft is edited; once sent it is frozen (its editions are what recipients got) and on the public archive. */
public enum IssueStatus { DRAFT, SENDING, SENT }
