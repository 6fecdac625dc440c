package org.partnerdashboard.sourcing;

import jakarta.persistence.EntityManager;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How busy the Supply Chain Center is: a headline figure any signed-in user may see on the overview. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SourcingActivityService {

    private final EntityManager entityManager;

    SourcingActivityService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Open, scouting and introduced requests: the ones staff are working on. */
    public long openRequests() {
        return entityManager.createQuery("""
                select count(r) from SourcingRequest r
                where r.status in (org.partnerdashboard.sourcing.SourcingRequestStatus.OPEN,
                    org.partnerdashboard.sourcing.SourcingRequestStatus.SCOUTING,
                    org.partnerdashboard.sourcing.SourcingRequestStatus.INTRODUCED)""", Long.class).getSingleResult();
    }
}
