package org.partnerdashboard.placements;

import org.partnerdashboard.base.InputProblems;

/** What a year's targets must be: whole numbers up to the campaign goal, types adding up to no more than the total. */
final class TargetRules {

    static final int MAX_NOTES = 500;

    private TargetRules() {
    }

    static void check(int year, TargetDraft draft, CampaignSettings campaign) {
        InputProblems problems = new InputProblems();
        if (year < campaign.start().getYear() || year > campaign.end().getYear()) {
            problems.add("targets.error.year", "targets.year", campaign.start().getYear(), campaign.end().getYear());
        }
        int typesTotal = 0;
        for (TargetType type : TargetType.values()) {
            Integer value = draft.target(type);
            if (value != null && (value < 0 || value > campaign.goal())) {
                problems.add("targets.error.range", "target-type." + type, campaign.goal());
            }
            if (value != null && type != TargetType.ALL) {
                typesTotal += value;
            }
        }
        Integer all = draft.target(TargetType.ALL);
        if (all != null && typesTotal > all) {
            problems.add("targets.error.types-exceed", "target-type.ALL", typesTotal, all);
        }
        if (draft.notes() != null && draft.notes().trim().length() > MAX_NOTES) {
            problems.add("targets.error.notes", "targets.notes", MAX_NOTES);
        }
        problems.throwIfAny();
    }
}
