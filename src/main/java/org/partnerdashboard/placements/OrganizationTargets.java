package org.partnerdashboard.placements;

import java.time.Instant;
import java.util.Map;

/**
 * One community organization's targets for a year.
 *
 * @param targets     the targets set, by type (types without one are absent)
 * @param lastUpdated when any of them last changed (null: none set): a save checks nobody changed them meanwhile
 */
public record OrganizationTargets(long organizationId, String organizationName, Map<TargetType, Integer> targets,
        String notes, Instant lastUpdated) {

    /** The year's target for all placements: the one set for all, else the sum of the types' (null: none). */
    public Integer yearTarget() {
        if (targets.containsKey(TargetType.ALL)) {
            return targets.get(TargetType.ALL);
        }
        return targets.isEmpty() ? null : targets.values().stream().mapToInt(Integer::intValue).sum();
    }
}
