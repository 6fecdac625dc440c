package org.partnerdashboard.placements;

import java.util.List;

/** A job seeker's record as the editor shows it, with their placements. */
public record JobSeekerDetails(long id, long version, JobSeekerDraft data, String referringOrganization,
        boolean contactsVisible, List<Placed> placements) {

    /** One of the person's placements. */
    public record Placed(long id, long version, PlacementDraft data, String employer) {
    }
}
