package org.partnerdashboard.newsletter;

import java.util.List;

/**
 * What an editor composes: the title and editor's note in English (and Spanish, English when left empty), one to
 * three subsector briefs, and which of the partnership's blocks to include.
 */
public record IssueDraft(String titleEn, String titleEs, String noteEn, String noteEs, List<BriefChoice> briefs,
        boolean withCampaign, boolean withSupplyChain, boolean withEvents) {

    public IssueDraft {
        briefs = briefs == null ? List.of() : List.copyOf(briefs);
    }
}
