package org.partnerdashboard.indicators;

import java.math.BigDecimal;

/**
 * BLS's own comparisons for a cell: location quotients against the U.S. and percent changes from the same quarter a
 * year before, each derived from the changes BLS published (so on BLS's own base, never on another source's figures).
 * Null where BLS did not publish or withheld one.
 */
public record OfficialComparisons(Double establishmentsQuotient, Double employmentQuotient, Double weeklyWageQuotient,
        Double establishmentsChangePercent, Double employmentChangePercent, Double weeklyWageChangePercent) {

    public static final OfficialComparisons NONE = new OfficialComparisons(null, null, null, null, null, null);

    /**
     * From what a file published: each percent is the change over the value a year before (now minus the change).
     *
     * @param employmentMonths the three months' employment added up (the quarter's average times three), or null
     */
    static OfficialComparisons of(BlsComparisons bls, Integer establishments, Long employmentMonths,
            Integer weeklyWage) {
        if (bls == null || bls.equals(BlsComparisons.NONE)) {
            return NONE;
        }
        return new OfficialComparisons(value(bls.lqEstablishments()), value(bls.lqEmployment()),
                value(bls.lqAverageWeeklyWage()),
                percent(bls.otyEstablishments() == null ? null : bls.otyEstablishments().doubleValue(),
                        establishments == null ? null : establishments.doubleValue()),
                percent(bls.otyEmployment(), employmentMonths == null ? null : employmentMonths / 3.0),
                percent(bls.otyAverageWeeklyWage() == null ? null : bls.otyAverageWeeklyWage().doubleValue(),
                        weeklyWage == null ? null : weeklyWage.doubleValue()));
    }

    private static Double value(BigDecimal quotient) {
        return quotient == null ? null : quotient.doubleValue();
    }

    private static Double percent(Double change, Double now) {
        if (change == null || now == null || now - change == 0) {
            return null;
        }
        return 100.0 * change / (now - change);
    }
}
