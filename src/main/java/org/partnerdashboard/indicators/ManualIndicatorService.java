package org.partnerdashboard.indicators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerdashboard.base.Area;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures QCEW lacks (job openings, survey results): research editors enter, correct and remove them, each with
 * its source; everyone signed in reads them beside the QCEW figures. Every change is validated and audited.
 */
@Service
@Transactional
public class ManualIndicatorService {

    private final ApplicationEventPublisher events;

    static final int MAX_SOURCE = 200;
    static final int MAX_NOTES = 1000;

    private final ManualIndicatorRepository entries;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    ManualIndicatorService(ManualIndicatorRepository entries, EntityManager entityManager, CurrentUser currentUser,
            AuditService audit, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.entries = entries;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The figures for the industries and areas in the quarters, newest quarter first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('STAFF')")
    public List<ManualIndicatorRow> find(Collection<String> industries, Collection<String> areas, Quarter from,
            Quarter to) {
        if (industries.isEmpty() || areas.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select m from ManualIndicator m where m.industryCode in :industries and m.areaFips in :areas
                            and m.periodYear * 10 + m.periodQuarter between :from and :to
                        order by m.periodYear desc, m.periodQuarter desc, m.industryCode, m.areaFips, m.measure""",
                        ManualIndicator.class)
                .setParameter("industries", industries).setParameter("areas", areas)
                .setParameter("from", from.index()).setParameter("to", to.index())
                .getResultStream().map(ManualIndicator::toRow).toList();
    }

    @RolesAllowed(Role.Names.RESEARCH_EDITOR)
    public long create(ManualIndicatorDraft draft) {
        events.publishEvent(new DataChange(Program.INDICATORS));
        check(draft);
        checkUnique(draft, null);
        ManualIndicator entry = new ManualIndicator(draft, currentUser.usernameOrAnonymous(), clock.instant());
        entries.saveAndFlush(entry);
        audit.record(AuditAction.CREATE, "ManualIndicator", entry.getId(), describe(draft));
        return entry.getId();
    }

    @RolesAllowed(Role.Names.RESEARCH_EDITOR)
    public void update(long id, long version, ManualIndicatorDraft draft) {
        events.publishEvent(new DataChange(Program.INDICATORS));
        check(draft);
        ManualIndicator entry = current(id, version);
        checkUnique(draft, id);
        entry.apply(draft, currentUser.usernameOrAnonymous(), clock.instant());
        entries.saveAndFlush(entry);
        audit.record(AuditAction.UPDATE, "ManualIndicator", id, describe(draft));
    }

    @RolesAllowed(Role.Names.RESEARCH_EDITOR)
    public void delete(long id, long version) {
        events.publishEvent(new DataChange(Program.INDICATORS));
        entries.delete(current(id, version));
        entries.flush();
        audit.record(AuditAction.DELETE, "ManualIndicator", id, null);
    }

    private ManualIndicator current(long id, long version) {
        ManualIndicator entry = entries.findById(id)
                .orElseThrow(() -> new InvalidInputException("manual.error.not-found"));
        if (entry.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return entry;
    }

    /** One value per industry, area, quarter, measure and source: a second one is a correction of the first. */
    private void checkUnique(ManualIndicatorDraft d, Long exceptId) {
        long same = entityManager.createQuery("""
                        select count(m) from ManualIndicator m where m.industryCode = :industry and m.areaFips = :area
                            and m.periodYear = :year and m.periodQuarter = :quarter and m.measure = :measure
                            and lower(m.source) = :source and (:except is null or m.id <> :except)""", Long.class)
                .setParameter("industry", d.industryCode()).setParameter("area", d.areaFips())
                .setParameter("year", d.quarter().year()).setParameter("quarter", d.quarter().quarter())
                .setParameter("measure", d.measure()).setParameter("source", d.source().trim().toLowerCase())
                .setParameter("except", exceptId).getSingleResult();
        if (same > 0) {
            throw new InvalidInputException("manual.error.duplicate");
        }
    }

    private void check(ManualIndicatorDraft d) {
        Set<String> industries = new HashSet<>(entityManager.createQuery("select n.code from NaicsSubsector n",
                String.class).getResultList());
        industries.add("31-33");
        if (d.industryCode() == null || !industries.contains(d.industryCode())) {
            throw new InvalidInputException("error.required", "manual.industry");
        }
        if (d.areaFips() == null || entityManager.find(Area.class, d.areaFips()) == null) {
            throw new InvalidInputException("error.required", "manual.area");
        }
        if (d.quarter() == null) {
            throw new InvalidInputException("error.required", "manual.quarter");
        }
        if (d.measure() == null) {
            throw new InvalidInputException("error.required", "manual.measure");
        }
        if (d.value() == null) {
            throw new InvalidInputException("error.required", "manual.value");
        }
        if (d.value().signum() < 0 || d.value().compareTo(d.measure().max()) > 0) {
            throw new InvalidInputException("manual.error.value-range", "manual.value", d.measure().max().toPlainString());
        }
        if (d.value().stripTrailingZeros().scale() > d.measure().decimals()) {
            throw new InvalidInputException("manual.error.decimals", "manual.value", d.measure().decimals());
        }
        if (d.source() == null || d.source().isBlank()) {
            throw new InvalidInputException("error.required", "manual.source");
        }
        if (d.source().trim().length() > MAX_SOURCE) {
            throw new InvalidInputException("error.too-long", "manual.source", MAX_SOURCE);
        }
        if (d.notes() != null && d.notes().trim().length() > MAX_NOTES) {
            throw new InvalidInputException("error.too-long", "manual.notes", MAX_NOTES);
        }
    }

    private static String describe(ManualIndicatorDraft d) {
        return d.measure() + " " + d.industryCode() + " " + d.areaFips() + " " + d.quarter() + " = " + d.value();
    }
}
