package org.partnerdashboard.sourcing;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.suppliers.SupplierScope;
import org.partnerdashboard.suppliers.SupplierSpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supplier space's opportunities: open requests that fit the signed-in supplier (scored as staff score them in
 * scouting), the interest it shows in one, and the introductions staff made for it with their outcome. The supplier
 * is always the account's own.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.SUPPLIER)
public class OpportunityService {

    /** The least score at which an open request is offered to a supplier as an opportunity. */
    static final int MIN_SCORE = 50;
    static final int MAX_NOTE = 1000;
    private static final Set<SourcingRequestStatus> OPEN = EnumSet.of(SourcingRequestStatus.OPEN,
            SourcingRequestStatus.SCOUTING);

    private final SourcingRequestRepository requests;
    private final SupplierInterestRepository interests;
    private final SupplierMatchRepository matches;
    private final ScoutingQueries queries;
    private final SupplierSpaceService space;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SpacesNotifier notifier;
    private final InterestAttachmentRepository attachments;
    private final CurrentUser currentUser;

    OpportunityService(SourcingRequestRepository requests, SupplierInterestRepository interests,
            SupplierMatchRepository matches, ScoutingQueries queries, SupplierSpaceService space, AuditService audit,
            ApplicationEventPublisher events, Clock clock, SpacesNotifier notifier,
            InterestAttachmentRepository attachments, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.attachments = attachments;
        this.requests = requests;
        this.interests = interests;
        this.matches = matches;
        this.queries = queries;
        this.space = space;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Open requests (not past their due date) that fit the supplier, best first, and those it said it wants. */
    @Transactional(readOnly = true)
    public List<Opportunity> opportunities() {
        long supplierId = space.mySupplierId();
        Map<Long, SupplierInterest> interested = interests.findBySupplierId(supplierId).stream()
                .collect(Collectors.toMap(SupplierInterest::getSourcingRequestId, Function.identity()));
        List<Opportunity> offered = new ArrayList<>();
        for (SourcingRequest request : openRequests()) {
            SupplierScore.Result fit = queries.candidates(request, supplierId, SupplierScope.VERIFIED).stream()
                    .findFirst().map(facts -> SupplierScore.of(ScoutingService.needsOf(request), facts)).orElse(null);
            SupplierInterest interest = interested.get(request.getId());
            if ((fit != null && fit.score() >= MIN_SCORE) || interest != null) {
                offered.add(new Opportunity(request.getId(), request.getTitle(), request.getDescription(),
                        request.getNaicsCode(), request.getQuantity(), request.getDueDate(),
                        request.isBuyAmericaRequired(), buyerName(request), request.getRequestedOn(),
                        fit == null ? null : fit.score(), fit == null ? List.of() : fit.reasons(),
                        interest == null ? null : interest.getCreatedAt(), interest == null ? null : interest.getNote()));
            }
        }
        offered.sort(Comparator.comparing((Opportunity o) -> o.score() == null ? -1 : -o.score())
                .thenComparing(Opportunity::requestedOn, Comparator.reverseOrder()));
        return offered;
    }

    /** The supplier says it is interested, with a short note; once per request, while the request is open. */
    public void expressInterest(long requestId, String note) {
        expressInterest(requestId, note, List.of(), null);
    }

    /**
     * As {@link #expressInterest(long, String)}, with files (see {@link AttachmentRules}), all or nothing; staff with
     * an address hear of it by mail.
     *
     * @param appAddress the app's address as people reach it, ending with a slash, for the message's link
     */
    public void expressInterest(long requestId, String note, List<InterestFile> files, String appAddress) {
        long supplierId = space.mySupplierId();
        String text = note == null || note.isBlank() ? null : note.trim();
        if (text != null && text.length() > MAX_NOTE) {
            throw new InvalidInputException("opportunities.error.note-too-long", MAX_NOTE);
        }
        SourcingRequest request = requests.findById(requestId).filter(this::isOpen)
                .filter(r -> r.getBuyer().getId() != currentUser.scope().organizationId()) // not its own request
                .orElseThrow(() -> new InvalidInputException("opportunities.error.closed"));
        if (interests.findBySourcingRequestIdAndSupplierId(requestId, supplierId).isPresent()) {
            throw new InvalidInputException("opportunities.error.already");
        }
        List<String> types = AttachmentRules.check(files);
        SupplierInterest interest = interests.saveAndFlush(new SupplierInterest(request, supplierId, text,
                clock.instant()));
        for (int i = 0; i < files.size(); i++) {
            attachments.save(new InterestAttachment(interest, files.get(i).name().trim(), types.get(i),
                    files.get(i).content()));
        }
        audit.record(AuditAction.CREATE, "SupplierInterest", requestId, "supplier " + supplierId + " interested"
                + (files.isEmpty() ? "" : ", " + files.size() + " files"));
        events.publishEvent(new DataChange(Program.SOURCING));
        if (appAddress != null) {
            notifier.interestShown(request, space.myCompanyName(), appAddress);
        }
    }

    /** The requests staff introduced the supplier for, newest first, with the outcome for the supplier. */
    @Transactional(readOnly = true)
    public List<Introduction> introductions() {
        return matches.findBySupplierIdAndIntroducedOnNotNullOrderByIntroducedOnDesc(space.mySupplierId()).stream()
                .map(m -> new Introduction(m.getSourcingRequest().getId(), m.getSourcingRequest().getTitle(),
                        m.getSourcingRequest().getBuyer().getName(), m.getIntroducedOn(), m.getStatus(),
                        m.getSourcingRequest().getStatus()))
                .toList();
    }

    private List<SourcingRequest> openRequests() {
        return requests.findByStatusInOrderByRequestedOnDescIdDesc(OPEN).stream().filter(this::isOpen).toList();
    }

    /** Open to suppliers: not yet introduced, awarded or closed, and not past its due date. */
    private boolean isOpen(SourcingRequest request) {
        return OPEN.contains(request.getStatus())
                && (request.getDueDate() == null || !request.getDueDate().isBefore(LocalDate.now(clock)));
    }

    /** An introduced supplier knows whom it was introduced to; otherwise only where the buyer allowed it. */
    private static String buyerName(SourcingRequest request) {
        return request.isBuyerNameShown() ? request.getBuyer().getName() : null;
    }
}
