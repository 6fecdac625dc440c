package org.partnerdashboard.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PresentationLinkRepository extends JpaRepository<PresentationLink, Long> {

    @EntityGraph(attributePaths = "organization") // the roundtable shows its name: one query, not two
    Optional<PresentationLink> findByTokenHash(String tokenHash);

    List<PresentationLink> findAllByOrderByCreatedAtDesc();

    /**
     * Notes a use without a version change and at most once a minute: a room of hundreds opening the link at once
     * would otherwise queue on one row and fail each other's optimistic locks (the 500-viewer load test).
     */
    @Modifying
    @Query("""
            update PresentationLink l set l.lastUsedAt = :at
            where l.id = :id and (l.lastUsedAt is null or l.lastUsedAt < :before)""")
    int markUsed(long id, Instant at, Instant before);

    List<PresentationLink> findByCreatedByOrderByCreatedAtDesc(String createdBy);
}
