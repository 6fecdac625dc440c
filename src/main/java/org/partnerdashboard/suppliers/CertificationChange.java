package org.partnerdashboard.suppliers;

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
import java.time.LocalDate;
import org.partnerdashboard.base.AbstractEntity;

/**
 * A certification change a supplier's people proposed in the supplier space: it waits for staff, who verify it
 * against the certificate (then it takes effect) or reject it with a reason. Decided changes stay as they were.
 */
@Entity
@Table(name = "certification_change")
class CertificationChange extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_change_seq")
    @SequenceGenerator(name = "certification_change_seq", sequenceName = "certification_change_seq",
            allocationSize = 50)
    private Long id;

    @NotNull
    private Long supplierId;

    @NotNull
    @Size(max = 20)
    private String certification;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    private CertificationChangeKind kind;

    private LocalDate expiresOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CertificationChangeStatus status = CertificationChangeStatus.PENDING;

    @NotNull
    private String proposedBy;

    @NotNull
    private Instant proposedAt;

    private String decidedBy;

    private Instant decidedAt;

    @Size(max = 500)
    private String decisionNote;

    protected CertificationChange() {
    }

    CertificationChange(long supplierId, Enum<?> certification, CertificationChangeKind kind, LocalDate expiresOn,
            String proposedBy, Instant proposedAt) {
        this.supplierId = supplierId;
        this.certification = certification.name();
        this.kind = kind;
        this.expiresOn = expiresOn;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    /** Closes the proposal once: verified, rejected (with a note) or withdrawn. */
    void decide(CertificationChangeStatus outcome, String by, Instant at, String note) {
        if (status != CertificationChangeStatus.PENDING || outcome == CertificationChangeStatus.PENDING) {
            throw new IllegalStateException("Only a pending change is decided, once");
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getSupplierId() {
        return supplierId;
    }

    public Enum<?> getCertification() {
        return Certifications.of(certification).orElseThrow();
    }

    public CertificationChangeKind getKind() {
        return kind;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public CertificationChangeStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    /** What the change says, in the history's words (English: the history is staff's record). */
    String describe() {
        return switch (kind) {
            case ADD -> certification + ", expires " + expiresOn;
            case RENEW -> certification + " renewed, expires " + expiresOn;
            case REMOVE -> certification + " removed";
        };
    }
}
