package org.partnerdashboard.security;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.base.OrganizationKind;
import org.partnerdashboard.base.OrganizationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new installation's first administrator, without editing the database: from settings at start-up
 * (APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD, used only while no administrator exists), or on the one-time set-up
 * page, which exists only while there is none and asks for a set-up code the server writes to its log (so only
 * whoever runs the server can claim it, as Jenkins does).
 */
@Service
public class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AppUserRepository users;
    private final OrganizationRepository organizations;
    private final PasswordEncoder passwordEncoder;
    private final AdministratorSettings settings;
    private final SecuritySettings security;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private volatile String setupCode;

    FirstAdministrator(AppUserRepository users, OrganizationRepository organizations, PasswordEncoder passwordEncoder,
            AdministratorSettings settings, SecuritySettings security, AuditService audit, EntityManager entityManager,
            Clock clock) {
        this.users = users;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.security = security;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** True while the installation has no enabled administrator (the set-up page is open only then). */
    @Transactional(readOnly = true)
    public boolean needed() {
        return !users.existsByRoleAndEnabledTrue(Role.ADMIN);
    }

    /**
     * At start-up: the administrator from settings when there is none; otherwise, while there is none, a set-up code
     * for the set-up page, written to the log.
     */
    @Transactional
    public void onStart() {
        if (!needed()) {
            return;
        }
        if (settings.configured()) {
            Organization organization = organizations.findByName(settings.organization())
                    .filter(o -> o.getKind() == OrganizationKind.PARTNER)
                    .orElseThrow(() -> new IllegalStateException("app.admin.organization: no partner organization "
                            + "named '" + settings.organization() + "'"));
            create(settings.username(), settings.username(), settings.password(), organization, "settings");
            log.info("Created the first administrator '{}' from app.admin settings", settings.username().trim());
            return;
        }
        setupCode = newCode();
        log.warn("No administrator yet. Open /setup on this server and enter the set-up code {} (or set "
                + "APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD and restart).", setupCode);
    }

    public int minPasswordLength() {
        return security.minPasswordLength();
    }

    /** The organizations an administrator can belong to (the partners), the one in settings first. */
    @Transactional(readOnly = true)
    public List<OrganizationOption> organizations() {
        return organizations.findByKindInOrderByName(Set.of(OrganizationKind.PARTNER)).stream()
                .map(o -> new OrganizationOption(o.getId(), o.getName(), o.getKind()))
                .sorted(Comparator.comparing(o -> !o.name().equals(settings.organization()))).toList();
    }

    /**
     * Creates the first administrator from the set-up page: refused once any administrator exists, and without this
     * server's set-up code.
     */
    @Transactional
    public void createWithCode(String code, String username, String displayName, String password,
            Long organizationId) {
        String expected = setupCode;
        if (expected == null || code == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                code.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidInputException("setup.error.code");
        }
        Organization organization = organizationId == null ? null : organizations.findById(organizationId)
                .filter(o -> o.getKind() == OrganizationKind.PARTNER).orElse(null);
        if (organization == null) {
            throw new InvalidInputException("users.error.partner-organization");
        }
        create(username, displayName, password, organization, "set-up page");
        setupCode = null;
    }

    private void create(String username, String displayName, String password, Organization organization,
            String how) {
        entityManager.createNativeQuery("SELECT name FROM app_lock WHERE name = 'first-administrator' FOR UPDATE")
                .getResultList();
        if (!needed()) {
            throw new InvalidInputException("setup.error.done");
        }
        String name = AccountRules.username(username);
        String shown = AccountRules.required(displayName, "users.display-name").trim();
        AccountRules.password(password, security.minPasswordLength());
        if (users.existsByUsername(name)) {
            throw new InvalidInputException("users.error.username-taken", name);
        }
        users.saveAndFlush(new AppUser(name, shown, passwordEncoder.encode(password), Role.ADMIN, organization,
                clock.instant()));
        audit.recordFor(name, AuditAction.CREATE, "User", name, "first administrator, from the " + how);
    }

    private static String newCode() {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
