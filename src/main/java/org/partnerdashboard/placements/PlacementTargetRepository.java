package org.partnerdashboard.placements;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementTargetRepository extends JpaRepository<PlacementTarget, Long> {

    List<PlacementTarget> findByYear(int year);

    Optional<PlacementTarget> findByOrganizationIdAndYearAndType(long organizationId, int year, TargetType type);
}
