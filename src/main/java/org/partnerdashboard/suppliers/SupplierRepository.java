package org.partnerdashboard.suppliers;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierRepository extends JpaRepository<Supplier, Long> {

    long countByRegistrationStatus(RegistrationStatus status);
}
