package org.partnerdashboard.sourcing;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Moves requests along their workflow the one way: checked, kept in the request's history, audited. */
@Component
class RequestWorkflow {

    private final SourcingRequestEventRepository events;
    private final SupplierMatchRepository matches;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    RequestWorkflow(SourcingRequestEventRepository events, SupplierMatchRepository matches,
            EntityManager entityManager, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.matches = matches;
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

    /** The buyer awarded the work to this (already awarded) match: the request is awarded, the others declined. */
    void award(SupplierMatch match, String note) {
        for (SupplierMatch other : matches.findBySourcingRequestId(match.getSourcingRequest().getId())) {
            if (!other.equals(match) && other.getStatus().next().contains(MatchStatus.DECLINED)) {
                other.moveTo(MatchStatus.DECLINED, null, today());
            }
        }
        move(match.getSourcingRequest(), SourcingRequestStatus.AWARDED, note);
    }

    /** Moves a match along its way (staff, or the buyer for its own request's introduced supplier). */
    SupplierMatch moveMatch(long matchId, long version, MatchStatus next, String note) {
        if (note != null && note.trim().length() > 1000) {
            throw new InvalidInputException("sourcing.error.too-long", "scouting.note", 1000);
        }
        SupplierMatch match = matches.findById(matchId)
                .orElseThrow(() -> new InvalidInputException("scouting.error.match-not-found"));
        if (match.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        if (match.getSourcingRequest().getStatus().isFinished()) {
            throw new InvalidInputException("scouting.error.request-finished");
        }
        match.moveTo(next, note, today());
        matches.saveAndFlush(match);
        audit.record(AuditAction.UPDATE, "SupplierMatch", matchId, next + (note == null ? "" : ": " + note));
        return match;
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
