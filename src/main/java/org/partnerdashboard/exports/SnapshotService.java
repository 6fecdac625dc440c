package org.partnerdashboard.exports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Secrets;
import org.partnerdashboard.exports.SnapshotUnavailableException.Reason;
import org.partnerdashboard.security.AccessScope;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Frozen snapshots shared by link. Whoever may see a chart may freeze it; a link opens for signed-in users who hold
 * a role of the view it came from and see at least what its taker saw (small-group suppression differs by role),
 * until it expires.
 */
@Service
@Transactional
public class SnapshotService {

    /** The lifetimes a link may have. */
    public static final Duration LONGEST = Duration.ofDays(90);
    private static final int MAX_CONTENT = 1_000_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SnapshotRepository snapshots;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    SnapshotService(SnapshotRepository snapshots, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.snapshots = snapshots;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Freezes the content and returns the link's secret (shown once, stored only hashed).
     *
     * @param allowedRoles the roles of the view it came from; empty when every signed-in user may open that view
     */
    public String share(SnapshotContent content, Set<Role> allowedRoles, Duration lifetime) {
        SignedInUser taker = currentUser.require();
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(LONGEST) > 0) {
            throw new InvalidInputException("snapshot.error.lifetime", LONGEST.toDays());
        }
        String json = JSON.writeValueAsString(content);
        if (json.length() > MAX_CONTENT) {
            throw new InvalidInputException("snapshot.error.too-large");
        }
        Instant now = clock.instant();
        snapshots.deleteExpiredBefore(now);
        String token = Secrets.random();
        String title = content.title().length() > 300 ? content.title().substring(0, 300) : content.title();
        Snapshot saved = snapshots.save(new Snapshot(Secrets.hash(token), title, json,
                allowedRoles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                taker.role().name(), taker.scope().organizationId(), taker.getUsername(), taker.displayName(), now,
                now.plus(lifetime)));
        audit.record(AuditAction.EXPORT, "snapshot", saved.getId(), title + " · until " + now.plus(lifetime));
        return token;
    }

    /**
     * The snapshot behind a link; each opening is audited (in the audit's own short transaction: links are opened
     * by people, one at a time, unlike the grids the load test hammered).
     *
     * @throws SnapshotUnavailableException when the link is unknown, expired, revoked or not for this user
     */
    @Transactional(readOnly = true)
    public SnapshotContent.Opened open(String token) {
        SignedInUser reader = currentUser.require();
        Snapshot snapshot = snapshots.findByTokenHash(Secrets.hash(token == null ? "" : token))
                .orElseThrow(() -> new SnapshotUnavailableException(Reason.UNKNOWN));
        if (snapshot.isRevoked()) {
            throw new SnapshotUnavailableException(Reason.REVOKED);
        }
        if (!clock.instant().isBefore(snapshot.getExpiresAt())) {
            throw new SnapshotUnavailableException(Reason.EXPIRED);
        }
        AccessScope taker = new AccessScope(Role.valueOf(snapshot.getTakerRole()), snapshot.getTakerOrgId());
        Set<String> roles = Arrays.stream(snapshot.getAllowedRoles().split(",")).filter(r -> !r.isBlank())
                .collect(Collectors.toSet());
        boolean roleAllowed = roles.isEmpty() || roles.contains(reader.role().name());
        if (!roleAllowed || !reader.scope().seesAtLeastAsMuchAs(taker)) {
            throw new SnapshotUnavailableException(Reason.NOT_ALLOWED);
        }
        audit.record(AuditAction.READ, "snapshot", snapshot.getId(), snapshot.getTitle());
        return new SnapshotContent.Opened(snapshot.getId(), JSON.readValue(snapshot.getContent(),
                SnapshotContent.class), snapshot.getTakerName(), snapshot.getCreatedAt(), snapshot.getExpiresAt(),
                mayRevoke(reader, snapshot));
    }

    /** Ends a snapshot link at once: its taker or an administrator. */
    @Transactional
    public void revoke(long id) {
        SignedInUser user = currentUser.require();
        Snapshot snapshot = snapshots.findById(id).orElseThrow(() -> new SnapshotUnavailableException(Reason.UNKNOWN));
        if (!mayRevoke(user, snapshot)) {
            throw new AccessDeniedException("Not your snapshot link");
        }
        snapshot.revoke(clock.instant());
        audit.record(AuditAction.UPDATE, "snapshot", id, "revoked");
    }

    private static boolean mayRevoke(SignedInUser user, Snapshot snapshot) {
        return user.role() == Role.ADMIN || user.getUsername().equals(snapshot.getCreatedBy());
    }
}
