package org.partnerdashboard.sourcing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SupplierInterestRepository extends JpaRepository<SupplierInterest, Long> {

    List<SupplierInterest> findBySourcingRequestIdOrderByCreatedAt(long sourcingRequestId);

    List<SupplierInterest> findBySupplierId(long supplierId);

    Optional<SupplierInterest> findBySourcingRequestIdAndSupplierId(long sourcingRequestId, long supplierId);

    long countBySeenByStaffFalse();

    @Modifying
    @Query("update SupplierInterest i set i.seenByStaff = true where i.sourcingRequest.id = :request")
    int markSeen(@Param("request") long sourcingRequestId);
}
