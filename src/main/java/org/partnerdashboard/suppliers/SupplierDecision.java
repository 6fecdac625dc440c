package org.partnerdashboard.suppliers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One step in a supplier's history: registered, approved, rejected or merged, by whom and why. Never changed. */
@Entity
@Immutable
class SupplierDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_decision_seq")
    @SequenceGenerator(name = "supplier_decision_seq", sequenceName = "supplier_decision_seq", allocationSize = 50)
    private Long id;

    private long supplierId;

    @Enumerated(EnumType.STRING)
    private SupplierDecisionKind decision;

    private String reason;

    private Long relatedSupplierId;

    private String decidedBy;

    private Instant decidedAt;

    protected SupplierDecision() {
    }

    SupplierDecision(long supplierId, SupplierDecisionKind decision, String reason, Long relatedSupplierId,
            String decidedBy, Instant decidedAt) {
        this.supplierId = supplierId;
        this.decision = decision;
        this.reason = reason;
        this.relatedSupplierId = relatedSupplierId;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }
}
