package org.partnerdashboard.placements;

import jakarta.persistence.Column;
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

/** One change of a target, kept for the campaign's record: from what to what (null: none), by whom, when. */
@Entity
@Immutable
@Table(name = "placement_target_change")
class PlacementTargetChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_target_change_seq")
    @SequenceGenerator(name = "placement_target_change_seq", sequenceName = "placement_target_change_seq",
            allocationSize = 50)
    private Long id;

    private long organizationId;

    @Column(name = "target_year")
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    private TargetType type;

    private Integer oldTarget;

    private Integer newTarget;

    private String notes;

    private String changedBy;

    private Instant changedAt;

    protected PlacementTargetChange() {
    }

    PlacementTargetChange(long organizationId, int year, TargetType type, Integer oldTarget, Integer newTarget,
            String notes, String changedBy, Instant changedAt) {
        this.organizationId = organizationId;
        this.year = year;
        this.type = type;
        this.oldTarget = oldTarget;
        this.newTarget = newTarget;
        this.notes = notes;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
