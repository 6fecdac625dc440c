package org.partnerdashboard.sourcing;

import jakarta.persistence.Column;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.partnerdashboard.base.AbstractEntity;
import org.partnerdashboard.base.InvalidInputException;

/** A supplier scouted for a sourcing request, with its score and how far it got. */
@Entity
class SupplierMatch extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_match_seq")
    @SequenceGenerator(name = "supplier_match_seq", sequenceName = "supplier_match_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sourcing_request_id")
    private SourcingRequest sourcingRequest;

    /** The supplier by id: suppliers are the directory's entities, and sourcing refers to them without owning them. */
    @NotNull
    @Column(name = "supplier_id")
    private Long supplierId;

    @Min(0)
    @Max(100)
    private int score;

    @NotNull
    @Enumerated(EnumType.STRING)
    private MatchStatus status;

    @Size(max = 1000)
    private String note;

    @NotNull
    private LocalDate updatedOn;

    /** When staff introduced the supplier to the buyer; null while it was only considered. */
    private LocalDate introducedOn;

    protected SupplierMatch() {
    }

    public SupplierMatch(SourcingRequest sourcingRequest, long supplierId, int score, LocalDate updatedOn) {
        this.sourcingRequest = sourcingRequest;
        this.supplierId = supplierId;
        this.score = score;
        this.status = MatchStatus.SUGGESTED;
        this.updatedOn = updatedOn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public SourcingRequest getSourcingRequest() {
        return sourcingRequest;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public int getScore() {
        return score;
    }

    public MatchStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getUpdatedOn() {
        return updatedOn;
    }

    /** The score as it stands when staff act on the match (suppliers' registrations change). */
    public LocalDate getIntroducedOn() {
        return introducedOn;
    }

    void rescore(int newScore) {
        this.score = newScore;
    }

    /**
     * Moves the match along its way, with an optional note.
     *
     * @throws InvalidInputException for a move that is not allowed (e.g. awarding a supplier never introduced)
     */
    void moveTo(MatchStatus next, String note, LocalDate on) {
        if (!status.next().contains(next)) {
            throw new InvalidInputException("scouting.error.transition", "match-status." + status,
                    "match-status." + next);
        }
        status = next;
        if (next == MatchStatus.INTRODUCED) {
            introducedOn = on;
        }
        if (note != null && !note.isBlank()) {
            this.note = note.trim();
        }
        updatedOn = on;
    }
}
