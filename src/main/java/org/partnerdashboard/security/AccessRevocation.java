package org.partnerdashboard.security;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerdashboard.base.ComputedOnce;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether the access a signed-in principal was granted still holds, read from the database (so it holds on every
 * server): an account disabled, given another role or organization, or a new password since sign-in has lost it; so
 * has a revoked or expired token. Answers are reused for at most two seconds.
 */
@Component
public class AccessRevocation {

    static final Duration REUSE = Duration.ofSeconds(2);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final AsyncCache<String, Boolean> recent = Caffeine.newBuilder().expireAfterWrite(REUSE)
            .maximumSize(10_000).buildAsync();

    AccessRevocation(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True while the principal's access is as it was granted. */
    public boolean stillHolds(SignedInUser principal) {
        return ComputedOnce.get(recent, principal.grantedAccess(), () -> revokedAmong(List.of(principal)).isEmpty());
    }

    /** Those of the principals whose access no longer holds, in one query per kind. */
    Set<SignedInUser> revokedAmong(Collection<SignedInUser> principals) {
        Set<String> holding = new HashSet<>();
        List<String> usernames = principals.stream().filter(p -> p.tokenId() == null)
                .map(SignedInUser::getUsername).distinct().toList();
        if (!usernames.isEmpty()) {
            jdbc.query("""
                    SELECT u.username, u.role, u.organization_id, u.enabled, u.password_hash FROM app_user u
                    WHERE u.username IN (:usernames)""", Map.of("usernames", usernames), row -> {
                holding.add(SignedInUser.accountAccess(row.getString(1), Role.valueOf(row.getString(2)),
                        row.getLong(3), row.getBoolean(4), row.getString(5)));
            });
        }
        List<Long> tokens = principals.stream().map(SignedInUser::tokenId).filter(Objects::nonNull)
                .distinct().toList();
        if (!tokens.isEmpty()) {
            jdbc.query("""
                    SELECT t.id FROM api_token t WHERE t.id IN (:tokens) AND t.revoked_at IS NULL
                    AND (t.expires_at IS NULL OR t.expires_at > :now)""",
                    Map.of("tokens", tokens, "now", Timestamp.from(clock.instant())),
                    row -> {
                        holding.add(SignedInUser.tokenAccess(row.getLong(1)));
                    });
        }
        return principals.stream().filter(p -> !holding.contains(p.grantedAccess())).collect(Collectors.toSet());
    }
}
