package org.partnerdashboard.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.TabularWriter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes and reads the audit trail. */
@Service
public class AuditService {

    private static final int EXPORT_PAGE = 1000;

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action of the signed-in user; in its own transaction, so read-only callers can audit too. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, String targetType, Object targetId, String details) {
        recordFor(currentUser.usernameOrAnonymous(), action, targetType, targetId, details);
    }

    /** Records an action of a named user (sign-in events, where no one is signed in yet). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFor(String username, AuditAction action, String targetType, Object targetId, String details) {
        events.save(new AuditEvent(clock.instant(), username, action, targetType,
                targetId == null ? null : String.valueOf(targetId), details, remoteAddress()));
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditRow> find(AuditFilter filter, Pageable pageable) {
        Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        return events.findAll(matching(filter), newestFirst).map(AuditEvent::toRow).getContent();
    }

    /**
     * Writes the events the filter matches, newest first, as CSV or XLSX, a page at a time; the download is itself
     * recorded. Times are ISO-8601 with the offset of the app's zone. Not one read-only transaction: the record of
     * the download (a call within this class) must be written and committed.
     *
     * @param label the reader's words for an action
     * @return how many events were written
     */
    @RolesAllowed(Role.Names.ADMIN)
    public long export(AuditFilter filter, TabularFormat format, List<String> header, Function<AuditAction, String> label,
            OutputStream out) throws IOException {
        long written = 0;
        try (TabularWriter writer = TabularWriter.open(format, out, header)) {
            for (int page = 0; ; page++) {
                List<AuditRow> rows = find(filter, PageRequest.of(page, EXPORT_PAGE));
                for (AuditRow r : rows) {
                    writer.row(Arrays.asList(r.occurredAt().atZone(clock.getZone()).toOffsetDateTime().toString(),
                            r.username(), label.apply(r.action()), r.targetType(), r.targetId(), r.details(),
                            r.remoteAddress()));
                    written++;
                }
                if (rows.size() < EXPORT_PAGE) {
                    break;
                }
            }
        }
        record(AuditAction.EXPORT, "AuditTrail", null, format + ", " + written + " events");
        return written;
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return events.count(matching(filter));
    }

    private Specification<AuditEvent> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.username() != null && !filter.username().isBlank()) {
                where.add(cb.like(cb.lower(root.get("username")),
                        "%" + filter.username().trim().toLowerCase(Locale.ROOT) + "%"));
            }
            if (filter.action() != null) {
                where.add(cb.equal(root.get("action"), filter.action()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
                        filter.from().atStartOfDay(clock.getZone()).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"),
                        filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The network address of the current web request, or null outside one. */
    static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
