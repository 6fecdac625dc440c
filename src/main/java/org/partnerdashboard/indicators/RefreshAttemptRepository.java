package org.partnerdashboard.indicators;

import org.springframework.data.jpa.repository.JpaRepository;

interface RefreshAttemptRepository extends JpaRepository<RefreshAttempt, Long> {
}
