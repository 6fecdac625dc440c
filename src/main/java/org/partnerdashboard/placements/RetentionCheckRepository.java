package org.partnerdashboard.placements;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionCheckRepository extends JpaRepository<RetentionCheck, Long> {

    List<RetentionCheck> findByPlacement(Placement placement);

    List<RetentionCheck> findByPlacementAndOutcomeIsNullAndMilestoneDaysGreaterThan(Placement placement, int milestoneDays);
}
