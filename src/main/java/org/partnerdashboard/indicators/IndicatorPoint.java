package org.partnerdashboard.indicators;

import java.util.Objects;

/**
 * One industry's figures in one area and quarter. When not disclosed, employment and wages are null: unknown, never
 * zero; the establishment count may still be known (BLS publishes it).
 *
 * @param employment the quarter's average monthly employment, rounded as BLS rounds (half up)
 * @param source     "BLS QCEW" when official; QCEW figures win over any other source for the same cell
 * @param official   BLS's location quotients and over-the-year changes, {@link OfficialComparisons#NONE} for others
 */
public record IndicatorPoint(String industryCode, String areaFips, Quarter quarter, boolean disclosed,
        Integer establishments, Integer employment, Integer averageWeeklyWage, String source,
        OfficialComparisons official) {

    public IndicatorPoint {
        official = official == null ? OfficialComparisons.NONE : official;
    }

    public IndicatorPoint(String industryCode, String areaFips, Quarter quarter, boolean disclosed,
            Integer establishments, Integer employment, Integer averageWeeklyWage, String source) {
        this(industryCode, areaFips, quarter, disclosed, establishments, employment, averageWeeklyWage, source,
                OfficialComparisons.NONE);
    }

    /** The change of employment from the same quarter a year before in percent; see {@link #changeFrom}. */
    public Double employmentChangeFrom(IndicatorPoint before) {
        return changeFrom(before, Measure.EMPLOYMENT);
    }

    /**
     * The change of a measure from an earlier point in percent: the change BLS published when there is one;
     * otherwise computed, but only from two known figures of the same source (never BLS against demo or manual
     * figures); null when the earlier one is zero.
     */
    public Double changeFrom(IndicatorPoint before, Measure measure) {
        Double published = measure.publishedChange(official);
        if (published != null) {
            return published;
        }
        Integer now = measure.of(this);
        Integer earlier = before == null ? null : measure.of(before);
        if (now == null || earlier == null || earlier == 0 || !Objects.equals(source, before.source())) {
            return null;
        }
        return 100.0 * (now - earlier) / earlier;
    }

    /** Whether the change of the measure is the one BLS published, not one computed here. */
    public boolean changePublished(Measure measure) {
        return measure.publishedChange(official) != null;
    }

    /**
     * The difference of a measure from another quarter of the same source (the quarter before, for "since the last
     * brief"); null when either is unknown or they come from different sources.
     */
    public Integer differenceFrom(IndicatorPoint before, Measure measure) {
        Integer now = measure.of(this);
        Integer earlier = before == null ? null : measure.of(before);
        return now == null || earlier == null || !Objects.equals(source, before.source()) ? null : now - earlier;
    }
}
