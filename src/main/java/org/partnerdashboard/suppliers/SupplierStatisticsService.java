package org.partnerdashboard.suppliers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Supply Chain Center's supplier figures, aggregated by the database. Business data about companies, so no
 * small-group suppression; community-organization staff have no access to the supply chain program.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Role.Names.SUPPLY_CHAIN_STAFF, Role.Names.ADMIN, Role.Names.CAMPAIGN_STAFF,
        Role.Names.RESEARCH_EDITOR, Role.Names.EXECUTIVE})
public class SupplierStatisticsService {

    private static final String APPROVED = "org.partnerdashboard.suppliers.RegistrationStatus.APPROVED";

    private final EntityManager entityManager;

    SupplierStatisticsService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long approvedSuppliers() {
        return count(RegistrationStatus.APPROVED);
    }

    public long pendingRegistrations() {
        return count(RegistrationStatus.PENDING);
    }

    private long count(RegistrationStatus status) {
        return entityManager.createQuery("select count(s) from Supplier s where s.registrationStatus = :status",
                Long.class).setParameter("status", status).getSingleResult();
    }

    /** Registrations per year received, split by where they stand now. */
    public List<YearlyStatusCount> registrationsByYear() {
        return entityManager.createQuery("""
                        select extract(year from s.registeredOn), s.registrationStatus, count(s) from Supplier s
                        group by extract(year from s.registeredOn), s.registrationStatus order by 1, 2""",
                        Object[].class)
                .getResultStream()
                .map(r -> new YearlyStatusCount(((Number) r[0]).intValue(), (RegistrationStatus) r[1],
                        ((Number) r[2]).longValue()))
                .toList();
    }

    /** Approved suppliers per Chicago-area county; those elsewhere come last with an empty key. */
    public List<GroupCount> approvedByCounty() {
        return entityManager.createQuery("select a.fips, a.name, count(s) from Supplier s left join Area a"
                        + " on a.fips = s.countyFips where s.registrationStatus = " + APPROVED
                        + " group by a.fips, a.name order by count(s) desc", Object[].class)
                .getResultStream()
                .map(r -> new GroupCount(r[0] == null ? "" : (String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .sorted(Comparator.comparing((GroupCount g) -> g.key().isEmpty()))
                .toList();
    }

    /** Approved suppliers holding each quality certification. */
    public List<GroupCount> approvedByQualityCertification() {
        return byCollection("qualityCertifications");
    }

    /** Approved suppliers holding each diversity certification. */
    public List<GroupCount> approvedByDiversityCertification() {
        return byCollection("diversityCertifications");
    }

    private List<GroupCount> byCollection(String collection) {
        return entityManager.createQuery("select c, count(s) from Supplier s join s." + collection + " c"
                        + " where s.registrationStatus = " + APPROVED + " group by c order by count(s) desc",
                        Object[].class)
                .getResultStream()
                .map(r -> new GroupCount(((Enum<?>) r[0]).name(), ((Enum<?>) r[0]).name(), ((Number) r[1]).longValue()))
                .toList();
    }
}
