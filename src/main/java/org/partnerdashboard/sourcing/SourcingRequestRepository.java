package org.partnerdashboard.sourcing;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourcingRequestRepository extends JpaRepository<SourcingRequest, Long> {
}
