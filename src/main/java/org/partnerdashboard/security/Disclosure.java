package org.partnerdashboard.security;

import java.time.LocalDate;
import java.time.YearMonth;
import org.partnerdashboard.base.FigureAccuracy;

/**
 * The one disclosure control for figures about people (decision record 007). Who may see a group's exact count does;
 * everyone else gets every count <b>randomly rounded to a multiple of 5</b> and periods in <b>whole months</b>:
 * <ul>
 *   <li>no count of 1–4 is ever shown (it becomes 0 or 5);</li>
 *   <li>sums and differences of anything such a viewer can obtain are multiples of 5 too, so no subtraction of a
 *       total and its parts, or of two periods, yields a group of 1–4;</li>
 *   <li>whether a count rounds up or down is decided by the group's <em>cell key</em>: the sum of a fixed random key
 *       of every record in it (kept in the rollups beside the counts). The same people always give the same answer,
 *       however the filter that finds them is phrased, so asking again and averaging teaches nothing; and the answer
 *       is unbiased (a count 5q+r rounds up with probability r/5), so totals stay right on average.</li>
 * </ul>
 */
public final class Disclosure {

    /** Counts are shown to outside viewers as multiples of this. */
    public static final int BASE = 5;

    /**
     * A record's key, as SQL over its numeric id: a fixed, evenly spread number in [0, 2^32). Cell keys are sums of
     * these, taken modulo 2^32.
     */
    public static final String RECORD_KEY_SQL = "MOD(%s * 2654435761, 4294967296)";

    private final AccessScope viewer;

    private Disclosure(AccessScope viewer) {
        this.viewer = viewer;
    }

    /** What this viewer may be shown. */
    public static Disclosure forViewer(AccessScope viewer) {
        return new Disclosure(viewer);
    }

    /** For a room or any audience beyond the signed-in person (roundtable mode): nobody's exact figures. */
    public static Disclosure forAudience() {
        return new Disclosure(null);
    }

    /**
     * Whether a count about one organization's people (or, with null, people of several organizations) is shown
     * exactly: campaign staff see every figure, an organization's staff their own organization's.
     */
    public boolean exactFor(Long owningOrganizationId) {
        if (viewer == null) {
            return false;
        }
        return owningOrganizationId == null ? viewer.seesExactCountsOfAllOrganizations()
                : viewer.seesExactCountsOf(owningOrganizationId);
    }

    /** The count as this viewer may see it. */
    public long count(long exact, long cellKey, Long owningOrganizationId) {
        return exactFor(owningOrganizationId) ? exact : rounded(exact, cellKey);
    }

    /** Whether anything this viewer sees about people is rounded (for the note beside the figures). */
    public boolean rounds() {
        return !exactFor(null);
    }

    /** The first day of a period as this viewer may ask for it (the first of its month when periods are coarse). */
    public LocalDate periodStart(LocalDate from, Long owningOrganizationId) {
        return from == null || exactFor(owningOrganizationId) ? from : from.withDayOfMonth(1);
    }

    /** The last day of a period as this viewer may ask for it (the end of its month when periods are coarse). */
    public LocalDate periodEnd(LocalDate to, Long owningOrganizationId) {
        return to == null || exactFor(owningOrganizationId) ? to : YearMonth.from(to).atEndOfMonth();
    }

    /** What this viewer's figures about people are, for the words beside them. */
    public FigureAccuracy accuracy() {
        if (exactFor(null)) {
            return FigureAccuracy.EXACT;
        }
        return viewer != null && viewer.limitedToOwnOrganization() ? FigureAccuracy.OWN_ORGANIZATION_EXACT
                : FigureAccuracy.ROUNDED;
    }

    /** Distinguishes viewers who may be shown different figures (for shared results). */
    public String audienceKey() {
        if (viewer == null || (!viewer.seesExactCountsOfAllOrganizations() && !viewer.limitedToOwnOrganization())) {
            return "rounded";
        }
        return viewer.seesExactCountsOfAllOrganizations() ? "exact" : "organization-" + viewer.organizationId();
    }

    /**
     * Random rounding to base 5, decided by the cell key: 5q stays, 5q+r becomes 5q+5 when the key's draw is below
     * r (probability r/5), else 5q.
     */
    static long rounded(long exact, long cellKey) {
        long remainder = Math.floorMod(exact, BASE);
        if (remainder == 0) {
            return exact;
        }
        long draw = Math.floorMod(mix(Math.floorMod(cellKey, 1L << 32)), BASE);
        return exact - remainder + (draw < remainder ? BASE : 0);
    }

    /** Spreads a key's bits (SplitMix64's finalizer), so neighbouring keys draw independently. */
    private static long mix(long key) {
        long z = key + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
