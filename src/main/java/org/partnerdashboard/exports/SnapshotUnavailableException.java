package org.partnerdashboard.exports;

import java.util.Locale;

/** A snapshot link that cannot be opened, and why (the view says so in words). */
public class SnapshotUnavailableException extends RuntimeException {

    public enum Reason { UNKNOWN, EXPIRED, NOT_ALLOWED, REVOKED }

    private final Reason reason;

    public SnapshotUnavailableException(Reason reason) {
        super("snapshot " + reason.name().toLowerCase(Locale.ROOT));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
