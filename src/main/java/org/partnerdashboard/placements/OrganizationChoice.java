package org.partnerdashboard.placements;

/** An employer or community organization to filter or pick by. */
public record OrganizationChoice(long id, String name) {
}
