package org.partnerdashboard.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipEventRepository extends JpaRepository<PartnershipEvent, Long> {

    /** Events that end on or after the day, soonest first. */
    List<PartnershipEvent> findByEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(LocalDate day, Pageable page);

    /** Events overlapping the period, in order. */
    List<PartnershipEvent> findByStartsOnLessThanEqualAndEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(LocalDate to,
            LocalDate from);
}
