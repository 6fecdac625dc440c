package org.partnerdashboard.indicators;

import java.math.BigDecimal;

/** What a research editor enters: a measure's value for an industry (31-33 or 311-339), area and quarter. */
public record ManualIndicatorDraft(String industryCode, String areaFips, Quarter quarter, ManualMeasure measure,
        BigDecimal value, String source, String notes) {
}
