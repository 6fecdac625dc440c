package org.partnerdashboard.suppliers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** Suppliers from imported lists that staff have not verified yet. */
    public long notYetVerified() {
        return count(RegistrationStatus.IMPORTED);
    }

    private long count(RegistrationStatus status) {
        return entityManager.createQuery("select count(s) from Supplier s where s.registrationStatus = :status",
                Long.class).setParameter("status", status).getSingleResult();
    }

    /** Registrations per year received, split by where they stand now (suppliers from imported lists did not register). */
    public List<YearlyStatusCount> registrationsByYear() {
        return entityManager.createQuery("""
                        select extract(year from s.registeredOn), s.registrationStatus, count(s) from Supplier s
                        where s.sourceId is null
                        group by extract(year from s.registeredOn), s.registrationStatus order by 1, 2""",
                        Object[].class)
                .getResultStream()
                .map(r -> new YearlyStatusCount(((Number) r[0]).intValue(), (RegistrationStatus) r[1],
                        ((Number) r[2]).longValue()))
                .toList();
    }

    /** Suppliers in the scope per Chicago-area county; those elsewhere or with no known county come last, keyed "". */
    public List<GroupCount> byCounty(SupplierScope scope) {
        return entityManager.createQuery("select a.fips, a.name, count(s) from Supplier s left join Area a"
                        + " on a.fips = s.countyFips where s.registrationStatus in :statuses"
                        + " group by a.fips, a.name order by count(s) desc", Object[].class)
                .setParameter("statuses", scope.statuses())
                .getResultStream()
                .map(r -> new GroupCount(r[0] == null ? "" : (String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .sorted(Comparator.comparing((GroupCount g) -> g.key().isEmpty()))
                .toList();
    }

    /** Suppliers in the scope holding each quality certification. */
    public List<GroupCount> byQualityCertification(SupplierScope scope) {
        return byCollection("qualityCertifications", scope);
    }

    /** Suppliers in the scope holding each diversity certification. */
    public List<GroupCount> byDiversityCertification(SupplierScope scope) {
        return byCollection("diversityCertifications", scope);
    }

    /** Suppliers per imported list, verified or not yet, largest list first. */
    public List<ImportedListCount> byImportedList() {
        List<Object[]> rows = entityManager.createQuery("""
                        select l.name, s.registrationStatus, count(s) from Supplier s, SupplierSource l
                        where l.id = s.sourceId and s.registrationStatus in :statuses
                        group by l.name, s.registrationStatus""", Object[].class)
                .setParameter("statuses", SupplierScope.WITH_IMPORTED.statuses())
                .getResultList();
        Map<String, long[]> counts = new TreeMap<>();
        for (Object[] row : rows) {
            long[] verifiedAndNot = counts.computeIfAbsent((String) row[0], name -> new long[2]);
            verifiedAndNot[row[1] == RegistrationStatus.APPROVED ? 0 : 1] += ((Number) row[2]).longValue();
        }
        return counts.entrySet().stream()
                .map(e -> new ImportedListCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong((ImportedListCount c) -> -c.total()))
                .toList();
    }

    private List<GroupCount> byCollection(String collection, SupplierScope scope) {
        return entityManager.createQuery("select c, count(s) from Supplier s join s." + collection + " c"
                        + " where s.registrationStatus in :statuses group by c order by count(s) desc",
                        Object[].class)
                .setParameter("statuses", scope.statuses())
                .getResultStream()
                .map(r -> new GroupCount(((Enum<?>) r[0]).name(), ((Enum<?>) r[0]).name(), ((Number) r[1]).longValue()))
                .toList();
    }
}
