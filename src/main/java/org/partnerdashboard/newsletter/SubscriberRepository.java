package org.partnerdashboard.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubscriberRepository extends JpaRepository<Subscriber, Long> {

    Optional<Subscriber> findByEmail(String email);

    Optional<Subscriber> findByConfirmTokenHash(String hash);

    List<Subscriber> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

    long countByStatus(SubscriberStatus status);

    long countByRequestedFromAndConfirmSentAtAfter(String requestedFrom, Instant after);

    @Query("select s.id from Subscriber s where s.status = 'ACTIVE' order by s.id")
    List<Long> activeIds();

    List<Subscriber> findByEmailIn(List<String> emails);
}
