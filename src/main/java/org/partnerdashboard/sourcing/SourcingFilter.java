package org.partnerdashboard.sourcing;

/** The sourcing requests grid's filters; null means "any". */
public record SourcingFilter(String text, SourcingRequestStatus status, String subsectorCode, Long buyerId,
        RequestOrigin origin) {

    public static final SourcingFilter NONE = new SourcingFilter(null, null, null, null, null);

    public SourcingFilter(String text, SourcingRequestStatus status, String subsectorCode, Long buyerId) {
        this(text, status, subsectorCode, buyerId, null);
    }
}
