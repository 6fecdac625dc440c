package org.partnerdashboard.placements;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.base.OrganizationKind;
import org.partnerdashboard.base.OrganizationRepository;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign's yearly placement targets per community organization (as their agreements set them): campaign
 * staff set and change them, each change kept with who, when and from what to what.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.CAMPAIGN_STAFF, Role.Names.ADMIN})
public class TargetService {

    private final PlacementTargetRepository targets;
    private final PlacementTargetChangeRepository changes;
    private final OrganizationRepository organizations;
    private final CampaignSettings campaign;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final TargetPlans plans;
    private final Clock clock;

    TargetService(PlacementTargetRepository targets, PlacementTargetChangeRepository changes,
            OrganizationRepository organizations, CampaignSettings campaign, CurrentUser currentUser,
            AuditService audit, EntityManager entityManager, TargetPlans plans, Clock clock) {
        this.plans = plans;
        this.targets = targets;
        this.changes = changes;
        this.organizations = organizations;
        this.campaign = campaign;
        this.currentUser = currentUser;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Every community organization's targets for the year, by name (those without any included). */
    @Transactional(readOnly = true)
    public List<OrganizationTargets> targets(int year) {
        return plans.targets(year);
    }

    /**
     * Sets one organization's targets for a year, all or nothing: a type without a value has no target. Each
     * changed value joins the record.
     *
     * @param lastUpdatedSeen the targets' {@link OrganizationTargets#lastUpdated()} as the form loaded them: if
     *                        someone changed them since, nothing is saved
     */
    public void save(long organizationId, int year, TargetDraft draft, Instant lastUpdatedSeen) {
        TargetRules.check(year, draft, campaign);
        Organization organization = organizations.findById(organizationId)
                .filter(o -> o.getKind() == OrganizationKind.COMMUNITY_ORGANIZATION)
                .orElseThrow(() -> new InvalidInputException("targets.error.organization"));
        List<PlacementTarget> set = targets.findByYear(year).stream()
                .filter(t -> t.getOrganizationId() == organizationId).toList();
        OrganizationTargets current = TargetPlans.of(organization, set);
        if (!Objects.equals(current.lastUpdated(), lastUpdatedSeen)) {
            throw new ConcurrentEditException();
        }
        String notes = draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().trim();
        String by = currentUser.usernameOrAnonymous();
        Instant now = clock.instant();
        for (TargetType type : TargetType.values()) {
            Integer before = current.targets().get(type);
            Integer after = draft.target(type);
            PlacementTarget row = set.stream().filter(t -> t.getType() == type).findFirst().orElse(null);
            if (after == null) {
                if (row != null) {
                    targets.delete(row);
                }
            } else if (!after.equals(before) || !Objects.equals(notes, current.notes())) {
                PlacementTarget saved = row != null ? row : new PlacementTarget(organizationId, year, type);
                saved.set(after, notes, by, now);
                targets.save(saved);
            }
            if (!Objects.equals(before, after)) {
                changes.save(new PlacementTargetChange(organizationId, year, type, before, after, notes, by, now));
                audit.record(AuditAction.UPDATE, "PlacementTarget", organizationId,
                        year + " " + type + ": " + before + " → " + after);
            }
        }
        boolean valuesChanged = Arrays.stream(TargetType.values())
                .anyMatch(type -> !Objects.equals(current.targets().get(type), draft.target(type)));
        if (!valuesChanged && !Objects.equals(notes, current.notes()) && !current.targets().isEmpty()) {
            // only the notes changed: the record says so, with the total as it stands
            Integer total = current.yearTarget();
            changes.save(new PlacementTargetChange(organizationId, year, TargetType.ALL, total, total, notes, by, now));
        }
        targets.flush();
    }

    /** The record of the year's target changes, newest first. */
    @Transactional(readOnly = true)
    public List<TargetChangeRow> changes(int year) {
        return entityManager.createQuery("""
                        select new org.partnerdashboard.placements.TargetChangeRow(c.changedAt, c.changedBy, o.name,
                            c.year, c.type, c.oldTarget, c.newTarget, c.notes)
                        from PlacementTargetChange c join Organization o on o.id = c.organizationId
                        where c.year = :year order by c.changedAt desc, c.id desc""", TargetChangeRow.class)
                .setParameter("year", year)
                .setMaxResults(200)
                .getResultList();
    }
}
