package org.partnerdashboard.sourcing;

import jakarta.persistence.EntityManager;
import org.partnerdashboard.base.JpqlConditions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How busy the Supply Chain Center is: a headline figure any signed-in user may see on the overview. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class SourcingActivityService {

    private final EntityManager entityManager;

    SourcingActivityService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Open, scouting and introduced requests: the ones staff are working on. */
    public long openRequests() {
        return openRequests(null, null);
    }

    /** The same, only for a preferred county and a subsector (either may be null: any). */
    public long openRequests(String countyFips, String subsectorCode) {
        JpqlConditions where = new JpqlConditions()
                .add("r.preferredCountyFips = :county", "county", countyFips)
                .add("r.naicsCode = :subsector", "subsector", subsectorCode);
        return where.bind(entityManager.createQuery("""
                select count(r) from SourcingRequest r
                where r.status in (org.partnerdashboard.sourcing.SourcingRequestStatus.OPEN,
                    org.partnerdashboard.sourcing.SourcingRequestStatus.SCOUTING,
                    org.partnerdashboard.sourcing.SourcingRequestStatus.INTRODUCED)"""
                + where.and(), Long.class)).getSingleResult();
    }
}
