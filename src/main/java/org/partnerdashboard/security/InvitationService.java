package org.partnerdashboard.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Languages;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.base.OrganizationRepository;
import org.partnerdashboard.base.Secrets;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for manufacturers' people: staff invite someone of a supplier's or buyer's company; the one-time link (only
 * its hash is stored) expires after {@code app.security.invitation-validity} and opens once; the person chooses a
 * username and password and gets an account of the invitation's role in that company. Staff see a company's
 * invitations and accounts, withdraw an invitation and disable an account. Every step is audited.
 */
@Service
@Transactional
public class InvitationService {

    private static final String PREFIX = "inv_";

    private final AccountInvitationRepository invitations;
    private final AppUserRepository users;
    private final OrganizationRepository organizations;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final SecuritySettings settings;
    private final Clock clock;

    InvitationService(AccountInvitationRepository invitations, AppUserRepository users,
            OrganizationRepository organizations, PasswordEncoder passwordEncoder, AuditService audit,
            CurrentUser currentUser, SecuritySettings settings, Clock clock) {
        this.invitations = invitations;
        this.users = users;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new invitation and its secret, which goes only into the message to the person. */
    public record NewInvitation(long id, String token, String email, String displayName, Locale language,
            String organizationName, Role role, Instant expiresAt) {
    }

    /** What the set-password page shows of an open invitation. */
    public record OpenInvitation(String displayName, String email, String organizationName, Role role,
            String suggestedUsername, Locale language) {
    }

    @RolesAllowed({Role.Names.SUPPLY_CHAIN_STAFF, Role.Names.ADMIN})
    public NewInvitation invite(Role role, long organizationId, String email, String displayName, Locale language) {
        if (role.partnershipStaff()) {
            throw new IllegalArgumentException("Only manufacturers' accounts are opened by invitation: " + role);
        }
        String address = AccountRules.email(email);
        if (address == null) {
            throw new InvalidInputException("invitations.error.email");
        }
        String name = AccountRules.required(displayName, "invitations.name").trim();
        if (name.length() > 150) {
            throw new InvalidInputException("invitations.error.name-too-long", 150);
        }
        Organization organization = organizations.findById(organizationId)
                .filter(o -> role.belongsIn(o.getKind()))
                .orElseThrow(() -> new InvalidInputException("invitations.error.organization"));
        String token = PREFIX + Secrets.random();
        Instant now = clock.instant();
        Locale chosen = Languages.closest(language);
        AccountInvitation invitation = invitations.saveAndFlush(new AccountInvitation(Secrets.hash(token), address,
                name, role, organization, chosen.toLanguageTag(), currentUser.usernameOrAnonymous(), now,
                now.plus(settings.invitationValidity())));
        audit.record(AuditAction.CREATE, "AccountInvitation", invitation.getId(),
                role + " for " + organization.getName() + ", " + address);
        return new NewInvitation(invitation.getId(), token, address, name, chosen, organization.getName(), role,
                invitation.toRow(now).expiresAt());
    }

    /** The invitation behind a link, while it is open; empty when unknown, used, withdrawn or expired. */
    @Transactional(readOnly = true)
    public Optional<OpenInvitation> open(String token) {
        return find(token).map(i -> new OpenInvitation(i.getDisplayName(), i.getEmail(), i.getOrganization().getName(),
                i.getRole(), suggestedUsername(i.getEmail()), Languages.fromTag(i.getLanguage())));
    }

    /**
     * Opens the account: checks the username and password, creates the user and uses the link up, all or nothing.
     * A link already used, withdrawn or expired opens nothing.
     */
    public String accept(String token, String username, String password) {
        AccountInvitation invitation = find(token)
                .orElseThrow(() -> new InvalidInputException("invitations.error.link-closed"));
        String name = AccountRules.username(username);
        if (users.existsByUsername(name)) {
            throw new InvalidInputException("users.error.username-taken", name);
        }
        AccountRules.password(password, settings.minPasswordLength());
        Instant now = clock.instant();
        users.save(AppUser.invited(name, passwordEncoder.encode(password), invitation, now));
        invitation.accepted(name, now);
        invitations.flush();
        audit.record(AuditAction.CREATE, "User", name, "role " + invitation.getRole() + ", "
                + invitation.getOrganization().getName() + ", from invitation " + invitation.getId());
        return name;
    }

    /** A company's invitations, newest first, with their state. */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SUPPLY_CHAIN_STAFF, Role.Names.ADMIN})
    public List<InvitationRow> invitations(long organizationId) {
        Instant now = clock.instant();
        return invitations.findByOrganizationIdOrderByCreatedAtDesc(organizationId).stream().map(i -> i.toRow(now))
                .toList();
    }

    /** A company's own accounts (suppliers' and buyers' people). */
    @Transactional(readOnly = true)
    @RolesAllowed({Role.Names.SUPPLY_CHAIN_STAFF, Role.Names.ADMIN})
    public List<UserRow> accounts(long organizationId) {
        return users.findByOrganizationIdAndRoleInOrderByUsername(organizationId, EnumSet.of(Role.SUPPLIER, Role.BUYER))
                .stream().map(UserRow::of).toList();
    }

    @RolesAllowed({Role.Names.SUPPLY_CHAIN_STAFF, Role.Names.ADMIN})
    public void withdraw(long invitationId, long version) {
        AccountInvitation invitation = invitations.findById(invitationId)
                .orElseThrow(() -> new InvalidInputException("invitations.error.not-found"));
        if (invitation.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        if (invitation.opensAt(clock.instant())) {
            invitation.revoked(clock.instant());
            invitations.flush();
            audit.record(AuditAction.UPDATE, "AccountInvitation", invitationId, "withdrawn");
        }
    }

    /**
     * Disables or enables a manufacturer's account; a disabled account is signed out at its next request on every
     * page it has open (the same revocation as an administrator's change).
     */
    @RolesAllowed({Role.Names.SUPPLY_CHAIN_STAFF, Role.Names.ADMIN})
    public UserRow setAccountEnabled(long userId, long version, boolean enabled) {
        AppUser user = users.findById(userId).filter(u -> !u.getRole().partnershipStaff())
                .orElseThrow(() -> new InvalidInputException("users.error.not-found"));
        if (user.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        user.setEnabled(enabled);
        users.flush();
        audit.record(AuditAction.UPDATE, "User", user.getUsername(), enabled ? "enabled" : "disabled");
        return UserRow.of(user);
    }

    /** The shortest password an account may have (for the set-password page's help). */
    public int minPasswordLength() {
        return settings.minPasswordLength();
    }

    private Optional<AccountInvitation> find(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(Secrets.hash(token)).filter(i -> i.opensAt(clock.instant()));
    }

    /** The address's local part, as a username may be written, when it is still free. */
    private String suggestedUsername(String email) {
        String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        return local.length() >= 3 && !users.existsByUsername(local) ? local : "";
    }
}
