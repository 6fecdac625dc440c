package org.partnerdashboard.indicators;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a BLS QCEW file says about a cell beyond its figures, as published: location quotients against the U.S. and
 * changes from the same quarter a year before. Each is null where the file lacks it or BLS withheld it (establishment
 * figures are published even where employment and wages are withheld).
 *
 * @param lqEmployment the third month's employment quotient (BLS publishes one per month)
 */
@Embeddable
record BlsComparisons(
        @Column(name = "lq_establishments") BigDecimal lqEstablishments,
        @Column(name = "lq_employment") BigDecimal lqEmployment,
        @Column(name = "lq_average_weekly_wage") BigDecimal lqAverageWeeklyWage,
        @Column(name = "oty_establishments") Integer otyEstablishments,
        @Column(name = "oty_month1_employment") Integer otyMonth1Employment,
        @Column(name = "oty_month2_employment") Integer otyMonth2Employment,
        @Column(name = "oty_month3_employment") Integer otyMonth3Employment,
        @Column(name = "oty_average_weekly_wage") Integer otyAverageWeeklyWage) {

    static final BlsComparisons NONE = new BlsComparisons(null, null, null, null, null, null, null, null);

    /** Quotients as stored (two decimals), so a file's "1.0" and the database's 1.00 are the same figure. */
    BlsComparisons {
        lqEstablishments = stored(lqEstablishments);
        lqEmployment = stored(lqEmployment);
        lqAverageWeeklyWage = stored(lqAverageWeeklyWage);
    }

    private static BigDecimal stored(BigDecimal quotient) {
        return quotient == null ? null : quotient.setScale(2, RoundingMode.HALF_UP);
    }

    /** The change of the quarter's average monthly employment: the mean of BLS's three monthly changes. */
    Double otyEmployment() {
        return otyMonth1Employment == null || otyMonth2Employment == null || otyMonth3Employment == null ? null
                : (otyMonth1Employment + otyMonth2Employment + otyMonth3Employment) / 3.0;
    }
}
