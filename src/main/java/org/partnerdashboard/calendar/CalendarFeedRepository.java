package org.partnerdashboard.calendar;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByAppUserId(long appUserId);

    boolean existsByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from CalendarFeed f where f.appUserId = :user")
    int deleteByAppUser(long user);
}
