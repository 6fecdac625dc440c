package org.partnerdashboard.indicators;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One try of the automatic refresh to fetch an area's quarter from BLS, and what came of it. Never changed. */
@Entity
@Immutable
@Table(name = "qcew_refresh_attempt")
class RefreshAttempt {

    enum Outcome { NEW_QUARTER, REVISED, UNCHANGED, NOT_PUBLISHED, REFUSED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qcew_refresh_attempt_seq")
    @SequenceGenerator(name = "qcew_refresh_attempt_seq", sequenceName = "qcew_refresh_attempt_seq",
            allocationSize = 50)
    private Long id;

    private String runId;
    private String areaFips;
    private int periodYear;
    private int periodQuarter;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private int tries;
    private int rowsAdded;
    private int rowsUpdated;
    private String detail;
    private Instant attemptedAt;

    protected RefreshAttempt() {
    }

    RefreshAttempt(String runId, String areaFips, Quarter quarter, Outcome outcome, int tries, long added,
            long updated, String detail, Instant attemptedAt) {
        this.runId = runId;
        this.areaFips = areaFips;
        this.periodYear = quarter.year();
        this.periodQuarter = quarter.quarter();
        this.outcome = outcome;
        this.tries = tries;
        this.rowsAdded = (int) added;
        this.rowsUpdated = (int) updated;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.attemptedAt = attemptedAt;
    }

    Outcome getOutcome() {
        return outcome;
    }

    RefreshRow toRow() {
        return new RefreshRow(attemptedAt, areaFips, new Quarter(periodYear, periodQuarter), outcome.name(), tries,
                rowsAdded, rowsUpdated, detail);
    }
}
