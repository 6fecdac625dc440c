package org.partnerdashboard.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.base.OrganizationKind;
import org.partnerdashboard.base.OrganizationRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators create, change, disable and enable users, and reset passwords; every change is audited. */
@Service
@RolesAllowed(Role.Names.ADMIN)
@Transactional
public class UserAdministrationService {

    private final AppUserRepository users;
    private final OrganizationRepository organizations;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final SecuritySettings settings;
    private final Clock clock;

    UserAdministrationService(AppUserRepository users, OrganizationRepository organizations,
            PasswordEncoder passwordEncoder, AuditService audit, CurrentUser currentUser, SecuritySettings settings,
            Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserRow> find(Pageable pageable) {
        Pageable byName = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        return users.findAll(byName).map(UserRow::of).getContent();
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    @Transactional(readOnly = true)
    public List<OrganizationOption> organizations() {
        return organizations.findByKindInOrderByName(Set.of(OrganizationKind.PARTNER, OrganizationKind.COMMUNITY_ORGANIZATION))
                .stream().map(o -> new OrganizationOption(o.getId(), o.getName(), o.getKind())).toList();
    }

    public UserRow create(UserDraft draft) {
        String username = AccountRules.username(draft.username());
        if (users.existsByUsername(username)) {
            throw new InvalidInputException("users.error.username-taken", username);
        }
        checkPassword(draft.password());
        Organization organization = organizationFor(draft);
        String email = AccountRules.email(draft.email());
        AppUser user = new AppUser(username, required(draft.displayName(), "users.display-name").trim(),
                passwordEncoder.encode(draft.password()), draft.role(), organization, clock.instant());
        user.setEmail(email);
        users.save(user);
        audit.record(AuditAction.CREATE, "User", username, "role " + draft.role() + ", " + organization.getName());
        return UserRow.of(user);
    }

    /**
     * Changes name, role and organization, and the password when one is given (which also lifts a lockout), all or
     * nothing; fails if someone else changed the user since {@code version}.
     */
    public UserRow update(long id, long version, UserDraft draft) {
        AppUser user = current(id, version);
        Organization organization = organizationFor(draft);
        if (isSelf(user) && draft.role() != Role.ADMIN) {
            throw new InvalidInputException("users.error.own-admin-role");
        }
        boolean newPassword = draft.password() != null && !draft.password().isEmpty();
        if (newPassword) {
            checkPassword(draft.password());
            user.changePassword(passwordEncoder.encode(draft.password()));
        }
        user.assign(required(draft.displayName(), "users.display-name").trim(), draft.role(), organization);
        user.setEmail(AccountRules.email(draft.email()));
        users.flush();
        audit.record(AuditAction.UPDATE, "User", user.getUsername(), "role " + draft.role() + ", "
                + organization.getName() + (newPassword ? ", password reset" : ""));
        return UserRow.of(user);
    }

    public UserRow setEnabled(long id, long version, boolean enabled) {
        AppUser user = current(id, version);
        if (isSelf(user) && !enabled) {
            throw new InvalidInputException("users.error.disable-self");
        }
        user.setEnabled(enabled);
        users.flush();
        audit.record(AuditAction.UPDATE, "User", user.getUsername(), enabled ? "enabled" : "disabled");
        return UserRow.of(user);
    }

    private AppUser current(long id, long version) {
        AppUser user = users.findById(id).orElseThrow(() -> new InvalidInputException("users.error.not-found"));
        if (user.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return user;
    }

    private boolean isSelf(AppUser user) {
        return user.getId() == currentUser.require().id();
    }

    /**
     * Community-organization staff belong to a community organization, suppliers' and buyers' people to their company,
     * every other role to a partner.
     */
    private Organization organizationFor(UserDraft draft) {
        if (draft.role() == null) {
            throw new InvalidInputException("users.error.required", "users.role");
        }
        if (draft.organizationId() == null) {
            throw new InvalidInputException("users.error.required", "users.organization");
        }
        Organization organization = organizations.findById(draft.organizationId())
                .orElseThrow(() -> new InvalidInputException("users.error.required", "users.organization"));
        if (!draft.role().belongsIn(organization.getKind())) {
            throw new InvalidInputException(switch (draft.role()) {
                case CBO_STAFF -> "users.error.cbo-staff-organization";
                case SUPPLIER, BUYER -> "users.error.company-organization";
                default -> "users.error.partner-organization";
            });
        }
        return organization;
    }

    private void checkPassword(String password) {
        AccountRules.password(password, settings.minPasswordLength());
    }

    private static String required(String value, String fieldKey) {
        return AccountRules.required(value, fieldKey);
    }
}
