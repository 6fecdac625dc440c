package org.partnerdashboard.sourcing;

/** Awarded requests, and how many of them went to Illinois suppliers. */
public record AwardedShare(long awarded, long toIllinois) {

    /** The Illinois share in percent, or null before anything was awarded. */
    public Double illinoisPercent() {
        return awarded == 0 ? null : 100.0 * toIllinois / awarded;
    }
}
