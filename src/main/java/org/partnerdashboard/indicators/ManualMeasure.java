package org.partnerdashboard.indicators;

import java.math.BigDecimal;

/** Figures QCEW lacks, with the largest value that makes sense (percentages up to 100). */
public enum ManualMeasure {
    /** Open manufacturing positions (e.g. from job-posting data). */
    JOB_OPENINGS(new BigDecimal("10000000"), 0),
    /** Share of surveyed manufacturers planning to hire in the next quarter. */
    HIRING_PLANS_PERCENT(new BigDecimal("100"), 1),
    /** Share of surveyed manufacturers reporting hard-to-fill positions. */
    HARD_TO_FILL_PERCENT(new BigDecimal("100"), 1);

    private final BigDecimal max;
    private final int decimals;

    ManualMeasure(BigDecimal max, int decimals) {
        this.max = max;
        this.decimals = decimals;
    }

    public BigDecimal max() {
        return max;
    }

    /** How many decimals the value may have: openings are whole numbers. */
    public int decimals() {
        return decimals;
    }
}
