package org.partnerdashboard.sourcing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierMatchRepository extends JpaRepository<SupplierMatch, Long> {

    Optional<SupplierMatch> findBySourcingRequestIdAndSupplierId(long sourcingRequestId, long supplierId);

    List<SupplierMatch> findBySourcingRequestId(long sourcingRequestId);

    List<SupplierMatch> findBySupplierIdAndIntroducedOnNotNullOrderByIntroducedOnDesc(long supplierId);
}
