package org.partnerdashboard.sourcing;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.base.OrganizationRepository;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.TabularWriter;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyers' sourcing requests, recorded and followed by Supply Chain Center staff: the grid, a request's page, and
 * the workflow steps that are not driven by scouting (start scouting, close with a reason).
 */
@Service
@Transactional
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class SourcingService {

    private static final int EXPORT_PAGE = 1000;

    private final ApplicationEventPublisher events;

    private final SourcingRequestRepository requests;
    private final OrganizationRepository organizations;
    private final SourcingQueries queries;
    private final RequestDrafts drafts;
    private final SupplierInterestRepository interests;
    private final InterestAttachmentRepository attachments;
    private final RequestWorkflow workflow;
    private final AuditService audit;

    SourcingService(SourcingRequestRepository requests, OrganizationRepository organizations, SourcingQueries queries,
            RequestDrafts drafts, RequestWorkflow workflow, AuditService audit,
            ApplicationEventPublisher events, SupplierInterestRepository interests,
            InterestAttachmentRepository attachments) {
        this.interests = interests;
        this.attachments = attachments;
        this.events = events;
        this.requests = requests;
        this.organizations = organizations;
        this.queries = queries;
        this.drafts = drafts;
        this.workflow = workflow;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<SourcingRequestRow> find(SourcingFilter filter, Pageable pageable) {
        return queries.rows(filter, pageable);
    }

    /**
     * Writes the requests the grid shows (its filter and sort) as CSV or XLSX, a page at a time, and audits it.
     *
     * @param label the reader's words for a request's status
     * @return how many requests were written
     */
    @Transactional(readOnly = true)
    public long export(SourcingFilter filter, Sort sort, TabularFormat format, List<String> header,
            Function<SourcingRequestStatus, String> label, OutputStream out) throws IOException {
        long written = 0;
        try (TabularWriter writer = TabularWriter.open(format, out, header)) {
            for (int page = 0; ; page++) {
                List<SourcingRequestRow> chunk = queries.rows(filter, PageRequest.of(page, EXPORT_PAGE, sort));
                for (SourcingRequestRow r : chunk) {
                    writer.row(Arrays.asList(r.requestedOn(), r.title(), r.buyer(), r.naicsCode(), r.subsectorTitle(),
                            label.apply(r.status()), r.dueDate(), r.matches()));
                    written++;
                }
                if (chunk.size() < EXPORT_PAGE) {
                    break;
                }
            }
        }
        audit.record(AuditAction.EXPORT, "SourcingRequests", null, format + ", " + written + " rows");
        return written;
    }

    @Transactional(readOnly = true)
    public long count(SourcingFilter filter) {
        return queries.count(filter);
    }

    @Transactional(readOnly = true)
    public SourcingRequestDetails details(long id) {
        SourcingRequest r = load(id);
        SourcingRequestDraft data = RequestDrafts.of(r);
        return new SourcingRequestDetails(r.getId(), r.getVersion(), data, r.getBuyer().getName(), r.getStatus(),
                r.getStatusReason(), r.getRequestedOn(), r.getIntroducedOn(), r.getFinishedOn(), queries.history(id),
                queries.matches(id), r.getOrigin(), r.isBuyerNameShown(), interestsWithFiles(id));
    }

    private List<SourcingRequestDetails.InterestRow> interestsWithFiles(long requestId) {
        Map<Long, List<SourcingRequestDetails.AttachmentRow>> files = attachments.findRowsOfRequest(requestId).stream()
                .collect(Collectors.groupingBy(SourcingRequestDetails.AttachmentRow::supplierId));
        return queries.interests(requestId).stream()
                .map(i -> i.withFiles(files.getOrDefault(i.supplierId(), List.of()))).toList();
    }

    /** A file a supplier attached to its interest, to download: name, type and content. */
    @Transactional(readOnly = true)
    public InterestFileDownload attachment(long attachmentId) {
        InterestAttachment file = attachments.findById(attachmentId)
                .orElseThrow(() -> new InvalidInputException("sourcing.error.not-found"));
        audit.record(AuditAction.EXPORT, "InterestAttachment", attachmentId, file.getFileName());
        return new InterestFileDownload(file.getFileName(), file.getContentType(), file.getContent());
    }

    /** Staff opened the request: the suppliers' interests in it are no longer new. */
    public void markInterestsSeen(long id) {
        interests.markSeen(id);
    }

    /** How many suppliers' interests no staff member has seen yet (the sourcing list's notice). */
    @Transactional(readOnly = true)
    public long newInterests() {
        return interests.countBySeenByStaffFalse();
    }

    /** The requests a supplier was scouted for, newest first, for the supplier's page. */
    @Transactional(readOnly = true)
    public List<SupplierMatchHistory> matchesOfSupplier(long supplierId) {
        return queries.matchesOfSupplier(supplierId);
    }

    @Transactional(readOnly = true)
    public List<BuyerChoice> buyers(String text, int offset, int limit) {
        return queries.buyers(text == null ? "" : text.trim(), offset, limit);
    }

    @Transactional(readOnly = true)
    public Optional<BuyerChoice> buyer(long id) {
        return organizations.findById(id).filter(o -> Role.BUYER.belongsIn(o.getKind()))
                .map(o -> new BuyerChoice(o.getId(), o.getName()));
    }

    /** Records a new request as open. */
    public long create(SourcingRequestDraft draft) {
        events.publishEvent(new DataChange(Program.SOURCING));
        drafts.check(draft);
        SourcingRequest request = new SourcingRequest(buyer(draft), draft.title().trim(), workflow.today());
        drafts.apply(request, draft);
        requests.saveAndFlush(request);
        workflow.recordEvent(request);
        audit.record(AuditAction.CREATE, "SourcingRequest", request.getId(), request.getTitle());
        return request.getId();
    }

    /** Changes what is needed; only while the request is not yet awarded or closed. */
    public void update(long id, long version, SourcingRequestDraft draft) {
        events.publishEvent(new DataChange(Program.SOURCING));
        SourcingRequest request = current(id, version);
        if (request.getStatus().isFinished()) {
            throw new InvalidInputException("sourcing.error.finished");
        }
        drafts.check(draft);
        request.setBuyer(buyer(draft));
        request.setTitle(draft.title().trim());
        drafts.apply(request, draft);
        requests.saveAndFlush(request);
        audit.record(AuditAction.UPDATE, "SourcingRequest", id, request.getTitle());
    }

    public void startScouting(long id, long version) {
        events.publishEvent(new DataChange(Program.SOURCING));
        workflow.move(current(id, version), SourcingRequestStatus.SCOUTING, null);
    }

    /** Closes a request that will not be awarded, with the reason (e.g. the buyer cancelled). */
    public void close(long id, long version, String reason) {
        events.publishEvent(new DataChange(Program.SOURCING));
        if (reason != null && reason.trim().length() > 500) {
            throw new InvalidInputException("sourcing.error.too-long", "sourcing.close-reason", 500);
        }
        workflow.move(current(id, version), SourcingRequestStatus.CLOSED, reason);
    }

    private Organization buyer(SourcingRequestDraft draft) {
        return organizations.findById(draft.buyerId()).filter(o -> Role.BUYER.belongsIn(o.getKind()))
                .orElseThrow(() -> new InvalidInputException("sourcing.error.buyer", "sourcing.buyer"));
    }

    private SourcingRequest load(long id) {
        return requests.findById(id).orElseThrow(() -> new InvalidInputException("sourcing.error.not-found"));
    }

    private SourcingRequest current(long id, long version) {
        SourcingRequest request = load(id);
        if (request.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return request;
    }
}
