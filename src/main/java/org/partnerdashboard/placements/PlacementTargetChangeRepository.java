package org.partnerdashboard.placements;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementTargetChangeRepository extends JpaRepository<PlacementTargetChange, Long> {
}
