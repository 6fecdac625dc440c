package org.partnerdashboard.sourcing;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourcingRequestRepository extends JpaRepository<SourcingRequest, Long> {

    List<SourcingRequest> findByStatusInOrderByRequestedOnDescIdDesc(Collection<SourcingRequestStatus> statuses);

    List<SourcingRequest> findByBuyerIdOrderByRequestedOnDescIdDesc(long buyerId);
}
