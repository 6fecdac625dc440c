package org.partnerdashboard.sourcing;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Moves requests along their workflow the one way: checked, kept in the request's history, audited. */
@Component
class RequestWorkflow {

    private final SourcingRequestEventRepository events;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    RequestWorkflow(SourcingRequestEventRepository events, EntityManager entityManager, CurrentUser currentUser,
            AuditService audit, Clock clock) {
        this.events = events;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws InvalidInputException for a move the workflow does not allow */
    void move(SourcingRequest request, SourcingRequestStatus next, String reason) {
        request.moveTo(next, reason, today());
        recordEvent(request);
        entityManager.flush(); // the new version is what the caller shows next
        audit.record(AuditAction.UPDATE, "SourcingRequest", request.getId(),
                "status " + next + (request.getStatusReason() == null ? "" : ": " + request.getStatusReason()));
    }

    /** Records the request's current status in its history (also for a new request). */
    void recordEvent(SourcingRequest request) {
        events.save(new SourcingRequestEvent(request.getId(), request.getStatus(), request.getStatusReason(),
                currentUser.usernameOrAnonymous(), clock.instant()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String username() {
        return currentUser.usernameOrAnonymous();
    }
}
