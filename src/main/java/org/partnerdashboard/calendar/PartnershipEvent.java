package org.partnerdashboard.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.partnerdashboard.base.AbstractEntity;

/** One event on the partnership's calendar: whole days, from its first to its last. */
@Entity
@Table(name = "partnership_event")
class PartnershipEvent extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partnership_event_seq")
    @SequenceGenerator(name = "partnership_event_seq", sequenceName = "partnership_event_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    private LocalDate startsOn;

    @NotNull
    private LocalDate endsOn;

    @Size(max = 200)
    private String place;

    @Size(max = 1000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "partnership_event_host", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "organization_id")
    private Set<Long> hostIds = new HashSet<>();

    @NotNull
    private String updatedBy;

    @NotNull
    private Instant updatedAt;

    protected PartnershipEvent() {
    }

    PartnershipEvent(EventDraft draft, String by, Instant at) {
        apply(draft, by, at);
    }

    void apply(EventDraft d, String by, Instant at) {
        kind = d.kind();
        title = d.title().trim();
        startsOn = d.startsOn();
        endsOn = d.endsOn() == null ? d.startsOn() : d.endsOn();
        place = blankToNull(d.place());
        notes = blankToNull(d.notes());
        hostIds.clear();
        hostIds.addAll(d.hostIds());
        updatedBy = by;
        updatedAt = at;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Override
    public Long getId() {
        return id;
    }

    EventKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    String getPlace() {
        return place;
    }

    String getNotes() {
        return notes;
    }

    Set<Long> getHostIds() {
        return hostIds;
    }
}
