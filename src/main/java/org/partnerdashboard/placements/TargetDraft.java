package org.partnerdashboard.placements;

import java.util.Map;

/** An organization's targets for a year as the form gives them: a value per type (absent or null: none) and notes. */
public record TargetDraft(Map<TargetType, Integer> targets, String notes) {

    public Integer target(TargetType type) {
        return targets.get(type);
    }
}
