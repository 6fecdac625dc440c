package org.partnerdashboard.base;

/** How exactly a viewer sees counts of people, so charts can say what they show ("rounded to multiples of 5"…). */
public enum FigureAccuracy {
    /** Every count exact (campaign staff). */
    EXACT,
    /** The viewer's own organization's counts exact, others' rounded (a community organization's staff). */
    OWN_ORGANIZATION_EXACT,
    /** Every count rounded to a multiple of 5 (everyone else, and any room or audience). */
    ROUNDED
}
