package org.partnerdashboard.placements;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.security.AccessScope;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention follow-ups: the 30/90/180-day checks that are due or overdue, and recording their outcome. Campaign
 * staff see every organization's; community-organization staff only their own.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.CAMPAIGN_STAFF, Role.Names.CBO_STAFF})
public class FollowUpService {

    private final ApplicationEventPublisher events;

    private static final String DUE = """
            from RetentionCheck r join r.placement p join p.jobSeeker s join p.placingOrganization o join p.employer e
            where r.outcome is null and r.dueDate <= :today and (:organization is null or o.id = :organization)""";

    private final EntityManager entityManager;
    private final RetentionCheckRepository checks;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    FollowUpService(EntityManager entityManager, RetentionCheckRepository checks, CurrentUser currentUser,
            AuditService audit, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.entityManager = entityManager;
        this.checks = checks;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Due and overdue checks, most overdue first. */
    @Transactional(readOnly = true)
    public List<FollowUpRow> due(Pageable pageable) {
        AccessScope scope = currentUser.scope();
        List<FollowUpRow> rows = entityManager.createQuery("""
                        select new org.partnerdashboard.placements.FollowUpRow(r.id, r.version, p.id,
                            concat(s.lastName, ', ', s.firstName), s.phone, o.name, e.name, p.jobTitle, p.startDate,
                            p.hourlyWage, r.milestoneDays, r.dueDate)
                        """ + DUE + " order by r.dueDate, r.id", FollowUpRow.class)
                .setParameter("today", LocalDate.now(clock))
                .setParameter("organization", organizationFilter(scope))
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        if (pageable.getOffset() == 0 && !rows.isEmpty()) {
            audit.record(AuditAction.VIEW_PERSONAL_DATA, "FollowUpList", null, "due follow-ups");
        }
        // contacts only for the organization serving the person
        return scope.limitedToOwnOrganization() ? rows : rows.stream().map(r -> new FollowUpRow(r.checkId(),
                r.version(), r.placementId(), r.jobSeekerName(), null, r.organization(), r.employer(), r.jobTitle(),
                r.startDate(), r.startingWage(), r.milestoneDays(), r.dueDate())).toList();
    }

    @Transactional(readOnly = true)
    public long countDue() {
        return entityManager.createQuery("select count(r) " + DUE, Long.class)
                .setParameter("today", LocalDate.now(clock))
                .setParameter("organization", organizationFilter(currentUser.scope()))
                .getSingleResult();
    }

    /**
     * Records a check's outcome and the person's current wage. "Left" ends an active placement and closes its later
     * checks; a wage is only recorded for someone still employed. Fails if someone else recorded it meanwhile.
     */
    public void record(long checkId, long version, RetentionOutcome outcome, BigDecimal currentWage) {
        events.publishEvent(new DataChange(Program.PLACEMENTS));
        RetentionCheck check = checks.findById(checkId)
                .orElseThrow(() -> new InvalidInputException("follow-ups.error.not-found"));
        AccessScope scope = currentUser.scope();
        Placement placement = check.getPlacement();
        if (scope.limitedToOwnOrganization() && placement.getPlacingOrganization().getId() != scope.organizationId()) {
            throw new AccessDeniedException("Follow-up of another organization");
        }
        if (check.getVersion() != version || check.getOutcome() != null) {
            throw new ConcurrentEditException();
        }
        if (outcome == null) {
            throw new InvalidInputException("follow-ups.error.outcome-required");
        }
        if (outcome != RetentionOutcome.STILL_EMPLOYED && currentWage != null) {
            throw new InvalidInputException("follow-ups.error.wage-only-if-employed");
        }
        if (currentWage != null && (currentWage.compareTo(PlacementRules.MIN_WAGE) < 0
                || currentWage.compareTo(PlacementRules.MAX_WAGE) > 0)) {
            throw new InvalidInputException("follow-ups.error.wage-range", PlacementRules.MIN_WAGE.toPlainString(),
                    PlacementRules.MAX_WAGE.toPlainString());
        }
        LocalDate today = LocalDate.now(clock);
        check.record(outcome, currentWage, today);
        if (outcome == RetentionOutcome.LEFT) {
            if (placement.getStatus() == PlacementStatus.ACTIVE) {
                placement.close(PlacementStatus.ENDED, today.isBefore(placement.getStartDate()) ? placement.getStartDate() : today);
            }
            checks.findByPlacementAndOutcomeIsNullAndMilestoneDaysGreaterThan(placement, check.getMilestoneDays())
                    .forEach(later -> later.record(RetentionOutcome.LEFT, null, today));
        }
        checks.flush();
        audit.record(AuditAction.UPDATE, "RetentionCheck", checkId,
                check.getMilestoneDays() + "-day check: " + outcome);
    }

    private static Long organizationFilter(AccessScope scope) {
        return scope.limitedToOwnOrganization() ? scope.organizationId() : null;
    }
}
