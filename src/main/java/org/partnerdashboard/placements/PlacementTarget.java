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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.partnerdashboard.base.AbstractEntity;

/** One organization's placement target for a year (all placements, or one type), as its agreement sets it. */
@Entity
@Table(name = "placement_target")
class PlacementTarget extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_target_seq")
    @SequenceGenerator(name = "placement_target_seq", sequenceName = "placement_target_seq", allocationSize = 50)
    private Long id;

    @NotNull
    private Long organizationId;

    @Column(name = "target_year")
    private int year;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "target_type")
    private TargetType type;

    private int target;

    @Size(max = 500)
    private String notes;

    @NotNull
    private String updatedBy;

    @NotNull
    private Instant updatedAt;

    protected PlacementTarget() {
    }

    PlacementTarget(long organizationId, int year, TargetType type) {
        this.organizationId = organizationId;
        this.year = year;
        this.type = type;
    }

    void set(int newTarget, String newNotes, String by, Instant at) {
        this.target = newTarget;
        this.notes = newNotes;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public int getYear() {
        return year;
    }

    public TargetType getType() {
        return type;
    }

    public int getTarget() {
        return target;
    }

    public String getNotes() {
        return notes;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
