package org.partnerdashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.OrganizationRepository;
import org.partnerdashboard.base.Secrets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Presentation (kiosk) links: a signed-in user makes one for the roundtable with the filters in force; it opens the
 * roundtable view and nothing else, expires (1 day by default, at most 30) and can be revoked by its maker or an
 * administrator, which the open roundtable notices at its next page turn. Separate from the stats API's tokens.
 */
@Service
@Transactional
public class PresentationLinks {

    static final String PREFIX = "pk_";
    public static final int DEFAULT_DAYS = 1;
    public static final int MAX_DAYS = 30;

    /** What an opened link shows: the roundtable with these filters (a dashboard query string). */
    public record Presentation(long id, String label, String filterQuery, long organizationId,
            String organizationName) {
    }

    private final PresentationLinkRepository links;
    private final OrganizationRepository organizations;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;

    PresentationLinks(PresentationLinkRepository links, OrganizationRepository organizations, CurrentUser currentUser,
            AuditService audit, ObjectProvider<SecurityContextHolderStrategy> contexts, Clock clock) {
        this.links = links;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.clock = clock;
    }

    /** @return the new link's token: shown to its maker once, stored only as a hash */
    @PreAuthorize("hasRole('STAFF')")
    public String issue(String label, String filterQuery, int days) {
        SignedInUser maker = currentUser.require();
        if (maker.tokenId() != null) {
            throw new AccessDeniedException("A token cannot make presentation links");
        }
        String name = AccountRules.required(label, "presentations.label").trim();
        if (name.length() > 100) {
            throw new InvalidInputException("error.too-long", "presentations.label", 100);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("presentations.error.days", MAX_DAYS);
        }
        String query = filterQuery == null ? "" : filterQuery;
        if (query.length() > 500) {
            throw new InvalidInputException("presentations.error.filters");
        }
        String token = PREFIX + Secrets.random();
        var organization = organizations.getReferenceById(maker.scope().organizationId());
        PresentationLink link = links.saveAndFlush(new PresentationLink(Secrets.hash(token), name, query,
                organization, maker.getUsername(), clock.instant(), clock.instant().plus(Duration.ofDays(days))));
        audit.record(AuditAction.CREATE, "PresentationLink", link.getId(), name + ", " + days + " days, " + query);
        return token;
    }

    /** The links the signed-in user made (an administrator: everyone's), newest first. */
    @PreAuthorize("hasRole('STAFF')")
    @Transactional(readOnly = true)
    public List<PresentationLinkRow> visible() {
        SignedInUser user = currentUser.require();
        return (user.role() == Role.ADMIN ? links.findAllByOrderByCreatedAtDesc()
                : links.findByCreatedByOrderByCreatedAtDesc(user.getUsername())).stream()
                .map(PresentationLink::toRow).toList();
    }

    /** Ends a link at once; its maker or an administrator. */
    @PreAuthorize("hasRole('STAFF')")
    public void revoke(long id) {
        SignedInUser user = currentUser.require();
        links.findById(id).ifPresent(link -> {
            if (user.role() != Role.ADMIN && !link.getCreatedBy().equals(user.getUsername())) {
                throw new AccessDeniedException("Not your presentation link");
            }
            link.revoke(clock.instant());
            audit.record(AuditAction.UPDATE, "PresentationLink", id, "revoked");
        });
    }

    /**
     * The presentation a link opens, while it is valid; no sign-in needed (the link is the permission). The last use
     * is written last, so the link's row is locked only until the commit that follows.
     */
    public Optional<Presentation> open(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return links.findByTokenHash(Secrets.hash(token)).filter(l -> l.opensAt(clock.instant())).map(link -> {
            audit.recordFor("presentation:" + link.getLabel(), AuditAction.READ, "PresentationLink", link.getId(),
                    "roundtable opened");
            links.markUsed(link.getId(), clock.instant(), clock.instant().minusSeconds(60));
            return new Presentation(link.getId(), link.getLabel(), link.getFilterQuery(),
                    link.getOrganization().getId(), link.getOrganization().getName());
        });
    }

    /** False once the link has been revoked or has expired. */
    @Transactional(readOnly = true)
    public boolean stillOpen(long id) {
        return links.findById(id).map(l -> l.opensAt(clock.instant())).orElse(false);
    }

    /**
     * Computes the presentation's figures as its own principal (aggregates only), held only for this call: the
     * browser's session stays signed out, so the link opens nothing but the roundtable. Outside this service's writing
     * transaction: the figures are the shared ones every viewer in the room is served, computed once.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public <T> T asAudience(Presentation presentation, Supplier<T> figures) {
        var previous = contexts.getContext();
        var context = contexts.createEmptyContext();
        SignedInUser principal = SignedInUser.forPresentation(presentation.id(), presentation.label(),
                presentation.organizationId(), presentation.organizationName());
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        contexts.setContext(context);
        try {
            return figures.get();
        } finally {
            contexts.setContext(previous);
        }
    }
}
