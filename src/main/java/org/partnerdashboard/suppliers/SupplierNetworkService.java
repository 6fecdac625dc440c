package org.partnerdashboard.suppliers;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.partnerdashboard.base.GroupCount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The size of the Supply Chain Center's network by subsector: a figure the Center publishes, so any signed-in user
 * may see it (the subsector briefs show it beside the indicators and the campaign's placements).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SupplierNetworkService {

    private final EntityManager entityManager;

    SupplierNetworkService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Approved suppliers per primary subsector, by code. */
    public List<GroupCount> approvedBySubsector() {
        return entityManager.createQuery("""
                        select s.naicsCode, count(s) from Supplier s
                        where s.registrationStatus = org.partnerdashboard.suppliers.RegistrationStatus.APPROVED
                        group by s.naicsCode order by s.naicsCode""", Object[].class)
                .getResultStream()
                .map(r -> new GroupCount((String) r[0], (String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }
}
