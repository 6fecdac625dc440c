package org.partnerdashboard.newsletter;

import org.partnerdashboard.indicators.Quarter;

/** Which subsector brief an issue carries: subsector, area and quarter (null: the area's latest). */
public record BriefChoice(String subsectorCode, String areaFips, Quarter quarter) {
}
