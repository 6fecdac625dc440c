package org.partnerdashboard.suppliers;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationChangeRepository extends JpaRepository<CertificationChange, Long> {

    boolean existsBySupplierIdAndCertificationAndStatus(long supplierId, String certification,
            CertificationChangeStatus status);

    long countByStatus(CertificationChangeStatus status);

    List<CertificationChange> findBySupplierIdAndStatus(long supplierId, CertificationChangeStatus status);
}
