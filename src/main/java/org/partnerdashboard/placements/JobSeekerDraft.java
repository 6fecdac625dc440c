package org.partnerdashboard.placements;

/**
 * What staff enter about a job seeker. Contact fields (email, phone) are null when the user may not see them; saving
 * then keeps the stored ones.
 */
public record JobSeekerDraft(String externalId, String firstName, String lastName, String email, String phone,
        String zipCode, Integer communityAreaNumber, Long referringOrganizationId) {
}
