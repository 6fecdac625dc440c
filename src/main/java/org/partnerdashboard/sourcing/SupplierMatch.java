package org.partnerdashboard.sourcing;

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
import org.partnerdashboard.suppliers.Supplier;

/** A supplier scouted for a sourcing request, with its score and how far it got. */
@Entity
public class SupplierMatch extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_match_seq")
    @SequenceGenerator(name = "supplier_match_seq", sequenceName = "supplier_match_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sourcing_request_id")
    private SourcingRequest sourcingRequest;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

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

    protected SupplierMatch() {
    }

    public SupplierMatch(SourcingRequest sourcingRequest, Supplier supplier, int score, LocalDate updatedOn) {
        this.sourcingRequest = sourcingRequest;
        this.supplier = supplier;
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

    public Supplier getSupplier() {
        return supplier;
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

    /**
     * Moves the match along its way, with an optional note.
     *
     * @throws InvalidInputException for a move that is not allowed (e.g. awarding a supplier never introduced)
     */
    /** The score as it stands when staff act on the match (suppliers' registrations change). */
    void rescore(int newScore) {
        this.score = newScore;
    }

    void moveTo(MatchStatus next, String note, LocalDate on) {
        if (!status.next().contains(next)) {
            throw new InvalidInputException("scouting.error.transition", "match-status." + status,
                    "match-status." + next);
        }
        status = next;
        if (note != null && !note.isBlank()) {
            this.note = note.trim();
        }
        updatedOn = on;
    }
}
