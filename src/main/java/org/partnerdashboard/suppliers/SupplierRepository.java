package org.partnerdashboard.suppliers;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierRepository extends JpaRepository<Supplier, Long> {

    Optional<Supplier> findByOrganizationId(long organizationId);

    long countByRegistrationStatus(RegistrationStatus status);

    long countByRegisteredFromAndRegisteredAtAfter(String registeredFrom, Instant after);
}
