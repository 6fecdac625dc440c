package org.partnerdashboard.indicators;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import org.partnerdashboard.base.AbstractEntity;

/** A figure a research editor entered for a subsector, area and quarter, with its source. */
@Entity
class ManualIndicator extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "manual_indicator_seq")
    @SequenceGenerator(name = "manual_indicator_seq", sequenceName = "manual_indicator_seq", allocationSize = 50)
    private Long id;

    private String industryCode;
    private String areaFips;
    private int periodYear;
    private int periodQuarter;

    @Enumerated(EnumType.STRING)
    private ManualMeasure measure;

    /** "value" is a reserved word in H2. */
    private BigDecimal figure;
    private String source;
    private String notes;
    private String enteredBy;
    private Instant enteredAt;

    protected ManualIndicator() {
    }

    ManualIndicator(ManualIndicatorDraft d, String enteredBy, Instant enteredAt) {
        apply(d, enteredBy, enteredAt);
    }

    void apply(ManualIndicatorDraft d, String by, Instant at) {
        this.industryCode = d.industryCode();
        this.areaFips = d.areaFips();
        this.periodYear = d.quarter().year();
        this.periodQuarter = d.quarter().quarter();
        this.measure = d.measure();
        this.figure = d.value();
        this.source = d.source().trim();
        this.notes = d.notes() == null || d.notes().isBlank() ? null : d.notes().trim();
        this.enteredBy = by;
        this.enteredAt = at;
    }

    @Override
    public Long getId() {
        return id;
    }

    ManualIndicatorRow toRow() {
        return new ManualIndicatorRow(id, getVersion(), new ManualIndicatorDraft(industryCode, areaFips,
                new Quarter(periodYear, periodQuarter), measure, figure, source, notes), enteredBy, enteredAt);
    }
}
