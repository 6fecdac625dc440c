package org.partnerdashboard.indicators;

/** A figure of a cell that changes over the year: its value, and the change BLS published for it. */
public enum Measure {
    ESTABLISHMENTS, EMPLOYMENT, WEEKLY_WAGE;

    /** The point's value; null where unknown (employment and wages of a withheld cell). */
    public Integer of(IndicatorPoint point) {
        return switch (this) {
            case ESTABLISHMENTS -> point.establishments();
            case EMPLOYMENT -> point.disclosed() ? point.employment() : null;
            case WEEKLY_WAGE -> point.disclosed() ? point.averageWeeklyWage() : null;
        };
    }

    Double publishedChange(OfficialComparisons official) {
        return switch (this) {
            case ESTABLISHMENTS -> official.establishmentsChangePercent();
            case EMPLOYMENT -> official.employmentChangePercent();
            case WEEKLY_WAGE -> official.weeklyWageChangePercent();
        };
    }
}
