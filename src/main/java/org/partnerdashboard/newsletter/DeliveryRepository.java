package org.partnerdashboard.newsletter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliveryRepository extends JpaRepository<Delivery, Long> {

    Optional<Delivery> findByTokenHash(String tokenHash);

    List<Delivery> findByIssueIdAndStatusOrderById(long issueId, Delivery.Status status, Pageable page);

    @Query("select d.status, count(d) from Delivery d where d.issueId = ?1 group by d.status")
    List<Object[]> countByStatus(long issueId);

    @Query("""
            select new org.partnerdashboard.newsletter.DeliveryRow(d.id, s.email, s.language, d.status, d.error,
                d.updatedAt)
            from Delivery d, Subscriber s where s.id = d.subscriberId and d.issueId = ?1 order by d.id""")
    List<DeliveryRow> rows(long issueId, Pageable page);
}
