package org.partnerdashboard.placements;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.partnerdashboard.base.AbstractEntity;

/** The follow-up 30, 90 or 180 days after a placement starts: is the person still employed, at what wage. */
@Entity
class RetentionCheck extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_check_seq")
    @SequenceGenerator(name = "retention_check_seq", sequenceName = "retention_check_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id")
    private Placement placement;

    private int milestoneDays;

    @NotNull
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private RetentionOutcome outcome;

    private BigDecimal currentWage;

    private LocalDate checkedOn;

    protected RetentionCheck() {
    }

    public RetentionCheck(Placement placement, int milestoneDays) {
        if (milestoneDays != 30 && milestoneDays != 90 && milestoneDays != 180) {
            throw new IllegalArgumentException("Retention is checked at 30, 90 or 180 days");
        }
        this.placement = placement;
        this.milestoneDays = milestoneDays;
        this.dueDate = placement.getStartDate().plusDays(milestoneDays);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Placement getPlacement() {
        return placement;
    }

    public int getMilestoneDays() {
        return milestoneDays;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public RetentionOutcome getOutcome() {
        return outcome;
    }

    public BigDecimal getCurrentWage() {
        return currentWage;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    /** Moves the due date when the placement's start date was corrected, unless the check was already made. */
    void reschedule() {
        if (outcome == null) {
            dueDate = placement.getStartDate().plusDays(milestoneDays);
        }
    }

    public void record(RetentionOutcome outcome, BigDecimal currentWage, LocalDate checkedOn) {
        this.outcome = outcome;
        this.currentWage = currentWage;
        this.checkedOn = checkedOn;
    }
}
