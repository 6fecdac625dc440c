package org.partnerdashboard.sourcing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.suppliers.RegistrationStatus;
import org.partnerdashboard.suppliers.SupplierScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scouting suppliers for a request: ranks the approved suppliers (and, when asked, those imported and not yet
 * verified) that could serve it, with the reasons for each
 * score; staff shortlist, introduce, award or decline them, which moves the request along its workflow.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class ScoutingService {

    private final ApplicationEventPublisher events;
    private final SupplierInterestRepository interests;

    private final SourcingRequestRepository requests;
    private final SupplierMatchRepository matches;
    private final ScoutingQueries queries;
    private final RequestWorkflow workflow;
    private final AuditService audit;
    private final EntityManager entityManager;

    ScoutingService(SourcingRequestRepository requests, SupplierMatchRepository matches, ScoutingQueries queries,
            RequestWorkflow workflow, AuditService audit, EntityManager entityManager,
            ApplicationEventPublisher events, SupplierInterestRepository interests) {
        this.interests = interests;
        this.events = events;
        this.requests = requests;
        this.matches = matches;
        this.queries = queries;
        this.workflow = workflow;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    static SupplierScore.Needs needsOf(SourcingRequest r) {
        return new SupplierScore.Needs(r.getNaicsCode(), r.getRequiredCapabilities(), r.getRequiredCertifications(),
                r.getDiversityPreferences(), r.getPreferredCountyFips(), r.isBuyAmericaRequired());
    }

    /**
     * The best {@code limit} candidates in the scope, best first (ties by name), not counting suppliers already
     * shortlisted.
     */
    @Transactional(readOnly = true)
    public ScoutingResult scout(long requestId, int limit, SupplierScope scope) {
        return scout(requestId, limit, scope, false);
    }

    /**
     * As {@link #scout(long, int, SupplierScope)}; suppliers that said in the supplier space they are interested carry
     * that as a reason (it earns no points: the fit decides the score), and staff may ask for only those.
     */
    @Transactional(readOnly = true)
    public ScoutingResult scout(long requestId, int limit, SupplierScope scope, boolean onlyInterested) {
        SourcingRequest request = open(requestId);
        SupplierScore.Needs needs = needsOf(request);
        Set<Long> interested = interests.findBySourcingRequestIdOrderByCreatedAt(requestId).stream()
                .map(SupplierInterest::getSupplierId).collect(Collectors.toSet());
        List<SupplierScore.Facts> candidates = queries.candidates(request, null, scope).stream()
                .filter(facts -> !onlyInterested || interested.contains(facts.supplierId())).toList();
        record Scored(SupplierScore.Facts facts, SupplierScore.Result result) {
        }
        List<Scored> best = candidates.stream()
                .map(facts -> new Scored(facts, SupplierScore.of(needs, facts)))
                .sorted(Comparator.comparingInt((Scored s) -> -s.result().score())
                        .thenComparing(s -> s.facts().legalName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(s -> s.facts().supplierId()))
                .limit(limit)
                .toList();
        Map<Long, Object[]> described = queries.descriptions(best.stream().map(s -> s.facts().supplierId()).toList());
        Set<Long> suggested = queries.suggested(requestId);
        return new ScoutingResult(candidates.size(), best.stream().map(s -> {
            Object[] d = described.get(s.facts().supplierId());
            boolean wants = interested.contains(s.facts().supplierId());
            List<ScoreReason> reasons = wants ? Stream.concat(Stream.of(ScoreReason.of("scouting.reason.interested",
                    0, 0)), s.result().reasons().stream()).toList() : s.result().reasons();
            return new ScoutedSupplier(s.facts().supplierId(), s.facts().legalName(), (String) d[0],
                    s.facts().stateCode(), (String) d[1], (Integer) d[2], d[3] == RegistrationStatus.APPROVED,
                    s.result().score(), reasons, suggested.contains(s.facts().supplierId()), wants);
        }).toList());
    }

    /**
     * Puts a candidate on the request's shortlist; the request moves from open to scouting. Staff may shortlist an
     * imported supplier they have not verified yet: they chose to see those candidates.
     */
    public void shortlist(long requestId, long supplierId) {
        events.publishEvent(new DataChange(Program.SOURCING));
        SourcingRequest request = open(requestId);
        SupplierScore.Facts facts = queries.candidates(request, supplierId, SupplierScope.WITH_IMPORTED).stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("scouting.error.not-a-candidate"));
        int score = SupplierScore.of(needsOf(request), facts).score();
        SupplierMatch match = matches.findBySourcingRequestIdAndSupplierId(requestId, supplierId)
                .orElseGet(() -> new SupplierMatch(request, supplierId,
                        score, workflow.today()));
        match.rescore(score);
        match.moveTo(MatchStatus.SHORTLISTED, null, workflow.today());
        matches.saveAndFlush(match);
        if (request.getStatus() == SourcingRequestStatus.OPEN) {
            workflow.move(request, SourcingRequestStatus.SCOUTING, null);
        }
        audit.record(AuditAction.CREATE, "SupplierMatch", match.getId(),
                "shortlisted supplier " + supplierId + " for request " + requestId + " (score " + score + ")");
    }

    /** Records that staff introduced the supplier to the buyer; the request counts as introduced from now. */
    public void introduce(long matchId, long version, String note) {
        events.publishEvent(new DataChange(Program.SOURCING));
        SupplierMatch match = move(matchId, version, MatchStatus.INTRODUCED, note);
        if (match.getSourcingRequest().getStatus() == SourcingRequestStatus.SCOUTING) {
            workflow.move(match.getSourcingRequest(), SourcingRequestStatus.INTRODUCED, null);
        }
    }

    /** Records that the buyer awarded the work to this supplier: the request is awarded, the others declined. */
    public void award(long matchId, long version, String note) {
        events.publishEvent(new DataChange(Program.SOURCING));
        workflow.award(move(matchId, version, MatchStatus.AWARDED, note), note);
    }

    public void decline(long matchId, long version, String note) {
        events.publishEvent(new DataChange(Program.SOURCING));
        move(matchId, version, MatchStatus.DECLINED, note);
    }

    private SupplierMatch move(long matchId, long version, MatchStatus next, String note) {
        return workflow.moveMatch(matchId, version, next, note);
    }

    private SourcingRequest open(long requestId) {
        SourcingRequest request = requests.findById(requestId)
                .orElseThrow(() -> new InvalidInputException("sourcing.error.not-found"));
        if (request.getStatus().isFinished()) {
            throw new InvalidInputException("scouting.error.request-finished");
        }
        return request;
    }
}
