package org.partnerdashboard.placements;

/** An existing job seeker who may be the same person as the one being saved, and why. */
public record DuplicateCandidate(long id, String name, String organization, String reasonKey) {
}
