package org.partnerdashboard.placements;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementTargetRepository extends JpaRepository<PlacementTarget, Long> {

    List<PlacementTarget> findByYear(int year);
}
