package org.partnerdashboard.indicators;

import org.springframework.data.jpa.repository.JpaRepository;

interface ManualIndicatorRepository extends JpaRepository<ManualIndicator, Long> {
}
