package org.partnerdashboard.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.OrganizationKind;
import org.partnerdashboard.base.OrganizationRepository;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.base.SharedResults;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.OrganizationOption;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's calendar: everyone signed in reads it; partnership staff add, change and remove events (each
 * change audited). Events carry no one's personal data, so they are shown as they are, and read once for everyone
 * until the calendar changes (every overview shows the next events).
 */
@Service
@Transactional
public class CalendarService {

    private final PartnershipEventRepository events;
    private final EventRows rows;
    private final OrganizationRepository organizations;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final SharedResults shared;
    private final ApplicationEventPublisher changes;
    private final Clock clock;

    CalendarService(PartnershipEventRepository events, EventRows rows, OrganizationRepository organizations,
            CurrentUser currentUser, AuditService audit, SharedResults shared, ApplicationEventPublisher changes,
            Clock clock) {
        this.events = events;
        this.rows = rows;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.shared = shared;
        this.changes = changes;
        this.clock = clock;
    }

    /** The next events (those not yet over), soonest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EventRow> upcoming(int limit) {
        LocalDate today = LocalDate.now(clock);
        return shared.get(Program.CALENDAR, "upcoming:" + today + ":" + limit, () -> rows.of(
                events.findByEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(today, PageRequest.of(0, limit))));
    }

    /** Events overlapping the period, in order: for the calendar's past events and the charts' annotations. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EventRow> between(LocalDate from, LocalDate to) {
        return shared.get(Program.CALENDAR, "between:" + from + ":" + to, () -> rows.of(
                events.findByStartsOnLessThanEqualAndEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(to, from)));
    }

    /** The organizations that host events: the partners and the community organizations. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<OrganizationOption> hosts() {
        return organizations.findByKindInOrderByName(List.of(OrganizationKind.PARTNER,
                        OrganizationKind.COMMUNITY_ORGANIZATION)).stream()
                .map(o -> new OrganizationOption(o.getId(), o.getName(), o.getKind())).toList();
    }

    @PreAuthorize("hasRole('STAFF')")
    public long create(EventDraft draft) {
        check(draft);
        PartnershipEvent event = events.saveAndFlush(new PartnershipEvent(draft, currentUser.usernameOrAnonymous(),
                clock.instant()));
        audit.record(AuditAction.CREATE, "PartnershipEvent", event.getId(), event.getTitle());
        changes.publishEvent(new DataChange(Program.CALENDAR));
        return event.getId();
    }

    @PreAuthorize("hasRole('STAFF')")
    public void update(long id, long version, EventDraft draft) {
        check(draft);
        PartnershipEvent event = current(id, version);
        event.apply(draft, currentUser.usernameOrAnonymous(), clock.instant());
        events.flush();
        audit.record(AuditAction.UPDATE, "PartnershipEvent", id, event.getTitle());
        changes.publishEvent(new DataChange(Program.CALENDAR));
    }

    @PreAuthorize("hasRole('STAFF')")
    public void delete(long id, long version) {
        PartnershipEvent event = current(id, version);
        events.delete(event);
        events.flush();
        audit.record(AuditAction.DELETE, "PartnershipEvent", id, event.getTitle());
        changes.publishEvent(new DataChange(Program.CALENDAR));
    }

    private void check(EventDraft draft) {
        EventRules.check(draft);
        Collection<Long> hostIds = draft.hostIds() == null ? List.of() : draft.hostIds();
        if (organizations.findAllById(hostIds).size() != hostIds.size()) {
            throw new InvalidInputException("calendar.error.host", "calendar.hosts");
        }
    }

    private PartnershipEvent current(long id, long version) {
        PartnershipEvent event = events.findById(id)
                .orElseThrow(() -> new InvalidInputException("calendar.error.not-found"));
        if (event.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return event;
    }
}
