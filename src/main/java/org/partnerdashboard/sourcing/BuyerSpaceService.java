package org.partnerdashboard.sourcing;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.base.OrganizationRepository;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buyer space: a buyer submits sourcing requests, follows them through the same workflow staff use, sees the
 * suppliers staff introduced, and records the award or why there was none. Only the account's own company's
 * requests, whatever id is asked for: another company's request is "not found".
 */
@Service
@Transactional
@RolesAllowed(Role.Names.BUYER)
public class BuyerSpaceService {

    static final int MAX_REASON = 500;

    private final SourcingRequestRepository requests;
    private final OrganizationRepository organizations;
    private final SourcingQueries queries;
    private final RequestDrafts drafts;
    private final RequestWorkflow workflow;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final SpacesNotifier notifier;

    BuyerSpaceService(SourcingRequestRepository requests, OrganizationRepository organizations,
            SourcingQueries queries, RequestDrafts drafts, RequestWorkflow workflow, CurrentUser currentUser,
            AuditService audit, ApplicationEventPublisher events, SpacesNotifier notifier) {
        this.notifier = notifier;
        this.requests = requests;
        this.organizations = organizations;
        this.queries = queries;
        this.drafts = drafts;
        this.workflow = workflow;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    /** The signed-in buyer's company. */
    @Transactional(readOnly = true)
    public String companyName() {
        return company().getName();
    }

    @Transactional(readOnly = true)
    public List<BuyerRequestRow> myRequests() {
        return requests.findByBuyerIdOrderByRequestedOnDescIdDesc(companyId()).stream()
                .map(r -> new BuyerRequestRow(r.getId(), r.getTitle(), r.getStatus(), r.getRequestedOn(),
                        r.getDueDate()))
                .toList();
    }

    /** Submits a request as open, from the buyer; its buyer is always the account's company. */
    public long submit(SourcingRequestDraft draft, boolean showName) {
        return submit(draft, showName, null);
    }

    /**
     * As {@link #submit(SourcingRequestDraft, boolean)}, and staff with an address hear of it by mail.
     *
     * @param appAddress the app's address as people reach it, ending with a slash, for the message's link
     */
    public long submit(SourcingRequestDraft draft, boolean showName, String appAddress) {
        Organization company = company();
        SourcingRequestDraft own = new SourcingRequestDraft(company.getId(), draft.title(), draft.description(),
                draft.naicsCode(), draft.capabilities(), draft.certifications(), draft.diversityPreferences(),
                draft.quantity(), draft.dueDate(), draft.preferredCountyFips(), draft.buyAmericaRequired());
        drafts.check(own);
        SourcingRequest request = new SourcingRequest(company, own.title().trim(), workflow.today());
        drafts.apply(request, own);
        request.submittedByBuyer(showName);
        requests.saveAndFlush(request);
        workflow.recordEvent(request);
        audit.record(AuditAction.CREATE, "SourcingRequest", request.getId(), "from the buyer: " + request.getTitle());
        events.publishEvent(new DataChange(Program.SOURCING));
        if (appAddress != null) {
            notifier.requestSubmitted(request, appAddress);
        }
        return request.getId();
    }

    @Transactional(readOnly = true)
    public BuyerRequest request(long id) {
        SourcingRequest r = own(id);
        SourcingRequestDraft data = RequestDrafts.of(r);
        return new BuyerRequest(r.getId(), r.getVersion(), data, r.isBuyerNameShown(), r.getStatus(),
                r.getStatusReason(), r.getRequestedOn(), queries.introduced(id));
    }

    /** The buyer awards the work to a supplier staff introduced; the request is awarded, the others declined. */
    public void award(long requestId, long matchId, long matchVersion, String note) {
        checkReason(note);
        SourcingRequest request = own(requestId);
        boolean introducedHere = queries.introduced(request.getId()).stream()
                .anyMatch(s -> s.matchId() == matchId && s.status() == MatchStatus.INTRODUCED);
        if (!introducedHere) {
            throw new InvalidInputException("buyer-space.error.not-introduced");
        }
        workflow.award(workflow.moveMatch(matchId, matchVersion, MatchStatus.AWARDED, note), note);
        events.publishEvent(new DataChange(Program.SOURCING));
    }

    /** The buyer closes its request without an award, saying why. */
    public void close(long requestId, long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("buyer-space.error.reason-required");
        }
        checkReason(reason);
        SourcingRequest request = own(requestId);
        if (request.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        workflow.move(request, SourcingRequestStatus.CLOSED, reason.trim());
        events.publishEvent(new DataChange(Program.SOURCING));
    }

    private static void checkReason(String text) {
        if (text != null && text.trim().length() > MAX_REASON) {
            throw new InvalidInputException("sourcing.error.too-long", "buyer-space.reason", MAX_REASON);
        }
    }

    private SourcingRequest own(long id) {
        return requests.findById(id).filter(r -> r.getBuyer().getId() == companyId())
                .orElseThrow(() -> new InvalidInputException("sourcing.error.not-found"));
    }

    private long companyId() {
        return currentUser.scope().organizationId();
    }

    private Organization company() {
        return organizations.findById(companyId()).orElseThrow();
    }
}
