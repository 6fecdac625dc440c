package org.partnerdashboard.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.OrganizationRepository;
import org.partnerdashboard.base.Secrets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators issue and revoke the stats API's tokens, one or more per organization. A token reads aggregates
 * only (like an executive of its organization), is shown once when issued, is stored only as a hash, and may expire.
 */
@Service
@Transactional
public class ApiTokenService {

    static final String PREFIX = "pd_";
    static final int MAX_DAYS = 3650;

    private final ApiTokenRepository tokens;
    private final OrganizationRepository organizations;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, OrganizationRepository organizations, CurrentUser currentUser,
            AuditService audit, Clock clock) {
        this.tokens = tokens;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public List<ApiTokenRow> all() {
        return tokens.findAllByOrderByCreatedAtDesc().stream().map(ApiToken::toRow).toList();
    }

    /** A token that never expires. */
    @RolesAllowed(Role.Names.ADMIN)
    public String issue(long organizationId, String label) {
        return issue(organizationId, label, null);
    }

    /**
     * @param days how long the token works (1 to 3,650), or null for until revoked
     * @return the new token: shown to the administrator once, never stored
     */
    @RolesAllowed(Role.Names.ADMIN)
    public String issue(long organizationId, String label, Integer days) {
        String name = label == null ? "" : label.trim();
        if (name.isEmpty()) {
            throw new InvalidInputException("error.required", "tokens.label");
        }
        if (name.length() > 100) {
            throw new InvalidInputException("error.too-long", "tokens.label", 100);
        }
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new InvalidInputException("tokens.error.days", MAX_DAYS);
        }
        var organization = organizations.findById(organizationId)
                .orElseThrow(() -> new InvalidInputException("error.required", "tokens.organization"));
        String token = PREFIX + Secrets.random();
        ApiToken saved = tokens.saveAndFlush(new ApiToken(organization, name, Secrets.hash(token),
                currentUser.usernameOrAnonymous(), clock.instant(),
                days == null ? null : clock.instant().plus(Duration.ofDays(days))));
        audit.record(AuditAction.CREATE, "ApiToken", saved.getId(), organization.getName() + ": " + name
                + (days == null ? "" : ", " + days + " days"));
        return token;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void revoke(long id) {
        tokens.findById(id).ifPresent(token -> {
            token.revoke(clock.instant());
            audit.record(AuditAction.UPDATE, "ApiToken", id, "revoked");
        });
    }

    /** The principal for a presented token, or empty when it is unknown or revoked. No sign-in needed. */
    Optional<SignedInUser> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Secrets.hash(presented)).filter(t -> t.validAt(clock.instant())).map(t -> {
            t.used(clock.instant());
            return SignedInUser.forApiToken(t.getId(), t.getLabel(), t.getOrganization());
        });
    }
}
