package org.partnerdashboard.newsletter;

import jakarta.persistence.Embeddable;
import org.partnerdashboard.indicators.Quarter;

/** A subsector brief block of an issue, as stored (no quarter: the area's latest when the issue is sent). */
@Embeddable
class IssueBrief {

    private String subsectorCode;
    private String areaFips;
    private Integer quarterYear;
    private Integer quarter;

    protected IssueBrief() {
    }

    IssueBrief(BriefChoice choice) {
        subsectorCode = choice.subsectorCode();
        areaFips = choice.areaFips();
        quarterYear = choice.quarter() == null ? null : choice.quarter().year();
        quarter = choice.quarter() == null ? null : choice.quarter().quarter();
    }

    BriefChoice toChoice() {
        return new BriefChoice(subsectorCode, areaFips, quarterYear == null ? null : new Quarter(quarterYear, quarter));
    }
}
