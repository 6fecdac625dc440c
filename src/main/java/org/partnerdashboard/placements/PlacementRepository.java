package org.partnerdashboard.placements;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementRepository extends JpaRepository<Placement, Long> {

    List<Placement> findByJobSeekerOrderByStartDateDesc(JobSeeker jobSeeker);
}
