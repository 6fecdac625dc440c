package org.partnerdashboard.indicators;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubsectorIndicatorRepository extends JpaRepository<SubsectorIndicator, Long> {
}
