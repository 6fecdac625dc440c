package org.partnerdashboard.exports;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SnapshotRepository extends JpaRepository<Snapshot, Long> {

    Optional<Snapshot> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from Snapshot s where s.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
