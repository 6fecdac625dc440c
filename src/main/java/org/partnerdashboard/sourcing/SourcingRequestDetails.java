package org.partnerdashboard.sourcing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request's page: what is needed, where it stands, how it got there, and the suppliers scouted for it. */
public record SourcingRequestDetails(long id, long version, SourcingRequestDraft data, String buyer,
        SourcingRequestStatus status, String statusReason, LocalDate requestedOn, LocalDate introducedOn,
        LocalDate finishedOn, List<HistoryEntry> history, List<MatchRow> matches, RequestOrigin origin,
        boolean buyerNameShown, List<InterestRow> interests) {

    /**
     * A supplier that said in the supplier space it is interested; new until staff opened the request since; with the
     * files it attached.
     */
    public record InterestRow(long supplierId, String supplierName, String note, Instant at, boolean isNew,
            List<AttachmentRow> files) {

        public InterestRow(long supplierId, String supplierName, String note, Instant at, boolean isNew) {
            this(supplierId, supplierName, note, at, isNew, List.of());
        }

        InterestRow withFiles(List<AttachmentRow> attached) {
            return new InterestRow(supplierId, supplierName, note, at, isNew, attached);
        }
    }

    /** A file a supplier attached, without its content (staff download it by id). */
    public record AttachmentRow(long id, long supplierId, String fileName, int sizeBytes) {
    }

    public record HistoryEntry(Instant at, SourcingRequestStatus status, String reason, String by) {
    }
}
