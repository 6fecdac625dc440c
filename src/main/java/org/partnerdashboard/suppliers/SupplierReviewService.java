package org.partnerdashboard.suppliers;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Supply Chain Center's review queue: staff approve a pending registration, reject it with a reason, or merge it
 * into an existing supplier. Every decision is checked against concurrent edits, kept in the supplier's history and
 * audited.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class SupplierReviewService {

    private final ApplicationEventPublisher events;

    static final int MAX_REASON_LENGTH = 500;

    private final SupplierRepository suppliers;
    private final SupplierDecisionRepository decisions;
    private final SupplierQueries queries;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    SupplierReviewService(SupplierRepository suppliers, SupplierDecisionRepository decisions, SupplierQueries queries,
            CurrentUser currentUser, AuditService audit, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.suppliers = suppliers;
        this.decisions = decisions;
        this.queries = queries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PendingRegistration> pending(Pageable pageable) {
        return queries.pending(pageable);
    }

    @Transactional(readOnly = true)
    public long countPending() {
        return suppliers.countByRegistrationStatus(RegistrationStatus.PENDING);
    }

    /** Approved suppliers whose name contains the text, for choosing where to merge a registration. */
    @Transactional(readOnly = true)
    public List<SupplierChoice> mergeTargets(String text, int offset, int limit) {
        return queries.approvedChoices(text == null ? "" : text.trim(), offset, limit);
    }

    public void approve(long id, long version) {
        events.publishEvent(new DataChange(Program.SUPPLIERS));
        Supplier registration = pending(id, version);
        registration.approve(LocalDate.now(clock));
        record(registration, SupplierDecisionKind.APPROVED, null, null);
    }

    public void reject(long id, long version, String reason) {
        events.publishEvent(new DataChange(Program.SUPPLIERS));
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            throw new InvalidInputException("review.error.reason-required");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("supplier.error.too-long", "review.reason", MAX_REASON_LENGTH);
        }
        Supplier registration = pending(id, version);
        registration.reject(LocalDate.now(clock), why);
        record(registration, SupplierDecisionKind.REJECTED, why, null);
    }

    /** Merges the registration into an approved supplier, which gains its codes, certifications and contacts. */
    public void merge(long id, long version, long intoId) {
        events.publishEvent(new DataChange(Program.SUPPLIERS));
        Supplier registration = pending(id, version);
        Supplier existing = suppliers.findById(intoId)
                .filter(s -> s.getRegistrationStatus() == RegistrationStatus.APPROVED && s.getId() != id)
                .orElseThrow(() -> new InvalidInputException("review.error.merge-target"));
        registration.mergeInto(existing, LocalDate.now(clock));
        record(registration, SupplierDecisionKind.MERGED, null, existing.getId());
        decisions.save(new SupplierDecision(existing.getId(), SupplierDecisionKind.MERGED_IN, null,
                registration.getId(), currentUser.usernameOrAnonymous(), clock.instant()));
        audit.record(AuditAction.UPDATE, "Supplier", existing.getId(), "merged in registration " + registration.getId());
    }

    private Supplier pending(long id, long version) {
        Supplier supplier = suppliers.findById(id)
                .orElseThrow(() -> new InvalidInputException("review.error.not-found"));
        if (supplier.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        if (!supplier.isPending()) {
            throw new InvalidInputException("review.error.already-decided");
        }
        return supplier;
    }

    private void record(Supplier supplier, SupplierDecisionKind decision, String reason, Long related) {
        suppliers.saveAndFlush(supplier);
        decisions.save(new SupplierDecision(supplier.getId(), decision, reason, related,
                currentUser.usernameOrAnonymous(), clock.instant()));
        audit.record(AuditAction.UPDATE, "SupplierRegistration", supplier.getId(),
                decision.name().toLowerCase(Locale.ROOT) + (related == null ? "" : " into supplier " + related)
                        + (reason == null ? "" : ": " + reason));
    }
}
