package org.partnerdashboard.indicators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.partnerdashboard.base.Area;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.InputProblems;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The areas research editors follow to compare the partnership's with: peer metro areas, other counties, states, the
 * nation. Once followed, their QCEW files are imported like the partnership's own; they never join the counties
 * people are placed or suppliers counted in.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.RESEARCH_EDITOR)
public class ComparisonAreaService {

    private final EntityManager entityManager;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    ComparisonAreaService(EntityManager entityManager, AuditService audit, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.events = events;
    }

    /** Follows an area by its BLS code ("C1982", "26000", "US000") and name; every problem reported at once. */
    public void follow(String code, String name) {
        String fips = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        String title = name == null ? "" : name.trim();
        InputProblems problems = new InputProblems();
        if (fips.isEmpty()) {
            problems.add("error.required", "areas.code");
        } else if (!fips.matches(Area.CODE_PATTERN)) {
            problems.add("areas.error.code", "areas.code", fips);
        } else if (entityManager.find(Area.class, fips) != null) {
            problems.add("areas.error.followed", "areas.code", fips);
        }
        if (title.isEmpty()) {
            problems.add("error.required", "areas.name");
        } else if (title.length() > 100) {
            problems.add("areas.error.name-too-long", "areas.name", 100);
        }
        problems.throwIfAny();
        entityManager.persist(Area.comparison(fips, title));
        entityManager.flush();
        events.publishEvent(new DataChange(Program.INDICATORS));
        audit.record(AuditAction.CREATE, "Area", null, fips + " " + title);
    }

    /** Stops following an area compared with; refused while figures are stored for it, and for the partnership's. */
    public void unfollow(String fips) {
        Area area = entityManager.find(Area.class, fips);
        if (area == null) {
            throw new InvalidInputException("areas.error.unknown", fips);
        }
        if (area.isPartnershipArea()) {
            throw new InvalidInputException("areas.error.partnership", area.getName());
        }
        Long figures = entityManager.createQuery("select count(i) from SubsectorIndicator i where i.areaFips = :fips",
                Long.class).setParameter("fips", fips).getSingleResult();
        if (figures > 0) {
            throw new InvalidInputException("areas.error.has-figures", area.getName(), figures);
        }
        entityManager.remove(area);
        entityManager.flush();
        events.publishEvent(new DataChange(Program.INDICATORS));
        audit.record(AuditAction.DELETE, "Area", null, fips);
    }
}
