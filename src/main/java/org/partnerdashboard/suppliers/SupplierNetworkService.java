package org.partnerdashboard.suppliers;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.JpqlConditions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The size of the Supply Chain Center's network by subsector: a figure the Center publishes, so any signed-in user
 * may see it (the subsector briefs show it beside the indicators and the campaign's placements).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class SupplierNetworkService {

    private final EntityManager entityManager;

    SupplierNetworkService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Approved suppliers per primary subsector, by code (service providers, who have none, left out). */
    public List<GroupCount> approvedBySubsector() {
        return entityManager.createQuery("""
                        select s.naicsCode, count(s) from Supplier s
                        where s.registrationStatus = org.partnerdashboard.suppliers.RegistrationStatus.APPROVED
                            and s.naicsCode is not null
                        group by s.naicsCode order by s.naicsCode""", Object[].class)
                .getResultStream()
                .map(r -> new GroupCount((String) r[0], (String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }

    /**
     * Approved suppliers per Chicago-area county (those elsewhere under an empty key, last), optionally only in a
     * subsector and registered in a period.
     */
    public List<GroupCount> approvedByCounty(String subsectorCode, LocalDate from, LocalDate to) {
        JpqlConditions where = new JpqlConditions()
                .add("s.naicsCode = :subsector", "subsector", subsectorCode)
                .add("s.registeredOn >= :from", "from", from)
                .add("s.registeredOn <= :to", "to", to);
        return where.bind(entityManager.createQuery("""
                        select a.fips, a.name, count(s) from Supplier s left join Area a on a.fips = s.countyFips
                        where s.registrationStatus = org.partnerdashboard.suppliers.RegistrationStatus.APPROVED"""
                        + where.and() + " group by a.fips, a.name order by count(s) desc",
                        Object[].class))
                .getResultStream()
                .map(r -> new GroupCount(r[0] == null ? "" : (String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .sorted(Comparator.comparing((GroupCount g) -> g.key().isEmpty()))
                .toList();
    }
}
