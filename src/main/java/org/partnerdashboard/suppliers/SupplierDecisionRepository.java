package org.partnerdashboard.suppliers;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierDecisionRepository extends JpaRepository<SupplierDecision, Long> {
}
