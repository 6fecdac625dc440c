package org.partnerdashboard.sourcing;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourcingRequestEventRepository extends JpaRepository<SourcingRequestEvent, Long> {
}
