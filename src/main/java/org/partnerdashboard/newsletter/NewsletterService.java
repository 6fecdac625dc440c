package org.partnerdashboard.newsletter;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Research editors compose issues, preview them as recipients will see them, and send them. Sending freezes the
 * issue: its content is gathered for the public, rendered in both languages and kept as sent (the web version and
 * the archive), and one delivery per active subscriber is recorded, all in one transaction; the messages then
 * leave in the background ({@link NewsletterSender}).
 */
@Service
@Transactional
@RolesAllowed({Role.Names.RESEARCH_EDITOR, Role.Names.ADMIN})
public class NewsletterService {

    /** The issue is ready to go out: its deliveries wait (published in the sending transaction). */
    record IssueReady(long issueId) {
    }

    /** How far an issue's send has come. */
    public record Progress(long pending, long sent, long failed, long unsubscribed) {

        public long total() {
            return pending + sent + failed + unsubscribed;
        }

        public double fraction() {
            return total() == 0 ? 1 : (double) (total() - pending) / total();
        }
    }

    private final NewsletterIssueRepository issues;
    private final SubscriberRepository subscribers;
    private final DeliveryRepository deliveries;
    private final IssueContents contents;
    private final IssueEditions editions;
    private final EditionStore store;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewsletterService(NewsletterIssueRepository issues, SubscriberRepository subscribers,
            DeliveryRepository deliveries, IssueContents contents, IssueEditions editions, EditionStore store,
            CurrentUser currentUser, AuditService audit, ApplicationEventPublisher events, Clock clock) {
        this.issues = issues;
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.contents = contents;
        this.editions = editions;
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<IssueRow> issues() {
        return issues.findAllByOrderByUpdatedAtDesc().stream().map(NewsletterIssue::toRow).toList();
    }

    @Transactional(readOnly = true)
    public IssueRow issue(long id) {
        return find(id).toRow();
    }

    public long create(IssueDraft draft) {
        IssueRules.check(draft);
        NewsletterIssue issue = issues.saveAndFlush(new NewsletterIssue(draft, currentUser.usernameOrAnonymous(),
                clock.instant()));
        audit.record(AuditAction.CREATE, "NewsletterIssue", issue.getId(), draft.titleEn());
        return issue.getId();
    }

    public void update(long id, long version, IssueDraft draft) {
        IssueRules.check(draft);
        draft(id, version).change(draft, currentUser.usernameOrAnonymous(), clock.instant());
        issues.flush();
        audit.record(AuditAction.UPDATE, "NewsletterIssue", id, draft.titleEn());
    }

    public void delete(long id, long version) {
        NewsletterIssue issue = draft(id, version);
        issues.delete(issue);
        issues.flush();
        audit.record(AuditAction.DELETE, "NewsletterIssue", id, null);
    }

    /**
     * The issue as recipients of the language will see it, with today's figures (a draft's figures are gathered
     * again when it is sent).
     */
    @Transactional(readOnly = true)
    public String preview(IssueDraft draft, Locale language, String appAddress) {
        IssueRules.check(draft);
        return editions.preview(contents.gather(null, draft), language, appAddress).html();
    }

    /** How many people an issue sent now would go to. */
    @Transactional(readOnly = true)
    public long activeSubscribers() {
        return subscribers.countByStatus(SubscriberStatus.ACTIVE);
    }

    /**
     * Sends a draft to every active subscriber in their language. Slow (figures, charts, two PDFs): call it from a
     * background job. Returns the issue's number.
     *
     * @param appAddress the app's address as people reach it, ending with a slash, for every link in the issue
     */
    public int send(long id, long version, String appAddress) {
        NewsletterIssue issue = draft(id, version);
        IssueRules.check(issue.draft());
        List<Long> recipients = subscribers.activeIds();
        if (recipients.isEmpty()) {
            throw new InvalidInputException("newsletter.error.no-subscribers");
        }
        int number = issues.lastNumber() + 1;
        Instant now = clock.instant();
        issue.startSending(number, appAddress, currentUser.usernameOrAnonymous(), now);
        issues.flush();
        IssueContent content = contents.gather(number, issue.draft());
        for (Locale language : IssueEditions.languages()) {
            store.save(id, editions.forSending(content, language, appAddress));
        }
        List<Delivery> batch = new ArrayList<>(recipients.size());
        recipients.forEach(subscriber -> batch.add(new Delivery(id, subscriber, now)));
        deliveries.saveAll(batch);
        audit.record(AuditAction.EXPORT, "NewsletterIssue", id, "issue " + number + " to " + recipients.size()
                + " subscribers");
        events.publishEvent(new IssueReady(id));
        return number;
    }

    @Transactional(readOnly = true)
    public Progress progress(long id) {
        Map<Delivery.Status, Long> counts = new EnumMap<>(Delivery.Status.class);
        deliveries.countByStatus(id).forEach(r -> counts.put((Delivery.Status) r[0], (Long) r[1]));
        return new Progress(counts.getOrDefault(Delivery.Status.PENDING, 0L)
                + counts.getOrDefault(Delivery.Status.SENDING, 0L), counts.getOrDefault(Delivery.Status.SENT, 0L),
                counts.getOrDefault(Delivery.Status.FAILED, 0L),
                counts.getOrDefault(Delivery.Status.UNSUBSCRIBED, 0L));
    }

    @Transactional(readOnly = true)
    public List<DeliveryRow> deliveries(long id, int offset, int limit) {
        int size = Math.max(1, limit);
        return deliveries.rows(id, PageRequest.of(offset / size, size));
    }

    private NewsletterIssue find(long id) {
        return issues.findById(id).orElseThrow(() -> new InvalidInputException("newsletter.error.gone"));
    }

    private NewsletterIssue draft(long id, long version) {
        NewsletterIssue issue = find(id);
        if (issue.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        if (issue.getStatus() != IssueStatus.DRAFT) {
            throw new InvalidInputException("newsletter.error.already-sent");
        }
        return issue;
    }
}
