package org.partnerdashboard.sourcing;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.partnerdashboard.base.AbstractEntity;

/** A supplier saying, in the supplier space, that it is interested in an open request; staff see it in scouting. */
@Entity
@Table(name = "supplier_interest")
class SupplierInterest extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_interest_seq")
    @SequenceGenerator(name = "supplier_interest_seq", sequenceName = "supplier_interest_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sourcing_request_id")
    private SourcingRequest sourcingRequest;

    @NotNull
    private Long supplierId;

    @Size(max = 1000)
    private String note;

    @NotNull
    private Instant createdAt;

    /** Staff opened the request since the interest arrived (until then it counts as new). */
    private boolean seenByStaff;

    protected SupplierInterest() {
    }

    SupplierInterest(SourcingRequest sourcingRequest, long supplierId, String note, Instant createdAt) {
        this.sourcingRequest = sourcingRequest;
        this.supplierId = supplierId;
        this.note = note;
        this.createdAt = createdAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    long getSourcingRequestId() {
        return sourcingRequest.getId();
    }

    Long getSupplierId() {
        return supplierId;
    }

    String getNote() {
        return note;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void seen() {
        this.seenByStaff = true;
    }
}
