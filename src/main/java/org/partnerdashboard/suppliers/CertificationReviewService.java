package org.partnerdashboard.suppliers;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff verify the certification changes suppliers propose in their space, against the certificate: a verified
 * change takes effect (scouting counts it until it expires), a rejected one leaves the record as it was and tells
 * the supplier why. Each decision joins the supplier's history and the audit log.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class CertificationReviewService {

    private final CertificationChangeRepository changes;
    private final SupplierRepository suppliers;
    private final SupplierDecisionRepository decisions;
    private final SupplierQueries queries;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificationReviewService(CertificationChangeRepository changes, SupplierRepository suppliers,
            SupplierDecisionRepository decisions, SupplierQueries queries, CurrentUser currentUser, AuditService audit,
            ApplicationEventPublisher events, Clock clock) {
        this.changes = changes;
        this.suppliers = suppliers;
        this.decisions = decisions;
        this.queries = queries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Changes waiting for staff, oldest first. */
    @Transactional(readOnly = true)
    public List<CertificationChangeRow> pending() {
        return queries.certificationChanges(null, true);
    }

    @Transactional(readOnly = true)
    public long pendingCount() {
        return changes.countByStatus(CertificationChangeStatus.PENDING);
    }

    /** Verified against the certificate: the change takes effect on the supplier's record. */
    public void verify(long changeId, long version) {
        CertificationChange change = pending(changeId, version);
        Supplier supplier = suppliers.findById(change.getSupplierId()).orElseThrow();
        if (change.getKind() == CertificationChangeKind.REMOVE) {
            supplier.withdraw(change.getCertification());
        } else {
            supplier.grant(change.getCertification(), change.getExpiresOn());
        }
        change.decide(CertificationChangeStatus.VERIFIED, currentUser.usernameOrAnonymous(), clock.instant(), null);
        record(change, SupplierDecisionKind.CERT_VERIFIED, change.describe());
        events.publishEvent(new DataChange(Program.SUPPLIERS));
    }

    /** Not verified (the certificate does not show it, or has lapsed): the record stays; the note says why. */
    public void reject(long changeId, long version, String note) {
        String why = CertificationRules.rejectionNote(note);
        CertificationChange change = pending(changeId, version);
        change.decide(CertificationChangeStatus.REJECTED, currentUser.usernameOrAnonymous(), clock.instant(), why);
        record(change, SupplierDecisionKind.CERT_REJECTED, change.describe() + ": " + why);
    }

    private void record(CertificationChange change, SupplierDecisionKind kind, String what) {
        changes.flush();
        decisions.save(new SupplierDecision(change.getSupplierId(), kind, what, null,
                currentUser.usernameOrAnonymous(), clock.instant()));
        audit.record(AuditAction.UPDATE, "Supplier", change.getSupplierId(), kind + ": " + what);
    }

    private CertificationChange pending(long changeId, long version) {
        CertificationChange change = changes.findById(changeId)
                .filter(c -> c.getStatus() == CertificationChangeStatus.PENDING)
                .orElseThrow(() -> new InvalidInputException("certifications.error.not-pending"));
        if (change.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return change;
    }
}
