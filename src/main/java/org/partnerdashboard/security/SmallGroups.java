package org.partnerdashboard.security;

/**
 * Small-cell suppression: a figure about fewer than five people, shown to someone outside the organization that
 * owns those records, could point to individuals, so it is withheld and shown as "&lt;5".
 */
public final class SmallGroups {

    public static final int THRESHOLD = 5;

    private SmallGroups() {
    }

    /** True when this count must not be shown exactly to this viewer. */
    public static boolean suppressed(long count, AccessScope viewer, long owningOrganizationId) {
        return count > 0 && count < THRESHOLD && !viewer.seesExactCountsOf(owningOrganizationId);
    }

    /** The same for a group that mixes several organizations' people: exact only for who sees all of them. */
    public static boolean suppressedAcrossOrganizations(long count, AccessScope viewer) {
        return count > 0 && count < THRESHOLD && !viewer.seesExactCountsOfAllOrganizations();
    }
}
