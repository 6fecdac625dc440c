package org.partnerdashboard.sourcing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InterestAttachmentRepository extends JpaRepository<InterestAttachment, Long> {

    /** A request's attachments without their content: id, interest's supplier, name, size. */
    @Query("""
            select new org.partnerdashboard.sourcing.SourcingRequestDetails$AttachmentRow(a.id, a.interest.supplierId,
                a.fileName, a.sizeBytes)
            from InterestAttachment a where a.interest.sourcingRequest.id = :request order by a.id""")
    List<SourcingRequestDetails.AttachmentRow> findRowsOfRequest(@Param("request") long requestId);
}
