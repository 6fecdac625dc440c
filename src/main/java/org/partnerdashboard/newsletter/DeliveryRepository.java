package org.partnerdashboard.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DeliveryRepository extends JpaRepository<Delivery, Long> {

    Optional<Delivery> findByTokenHash(String tokenHash);

    List<Delivery> findByIssueIdAndStatusOrderById(long issueId, Delivery.Status status, Pageable page);

    /**
     * Claims a waiting delivery for this instance: 1 when it was still waiting, 0 when another instance (or an
     * earlier run) took it, so two instances resuming one send never send the same message.
     */
    @Modifying
    @Query("update Delivery d set d.status = 'SENDING', d.tokenHash = ?2, d.updatedAt = ?3"
            + " where d.id = ?1 and d.status = 'PENDING'")
    int claim(long id, String tokenHash, Instant now);

    /** Settles a waiting delivery whose recipient unsubscribed before their turn. */
    @Modifying
    @Query("update Delivery d set d.status = 'UNSUBSCRIBED', d.updatedAt = ?2 where d.id = ?1 and d.status = 'PENDING'")
    int skip(long id, Instant now);

    @Query("select d.status, count(d) from Delivery d where d.issueId = ?1 group by d.status")
    List<Object[]> countByStatus(long issueId);

    @Query("""
            select new org.partnerdashboard.newsletter.DeliveryRow(d.id, s.email, s.language, d.status, d.error,
                d.updatedAt)
            from Delivery d, Subscriber s where s.id = d.subscriberId and d.issueId = ?1 order by d.id""")
    List<DeliveryRow> rows(long issueId, Pageable page);
}
