package org.partnerdashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.OrganizationRepository;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@PartnerDashboardTest
@WithUserDetails("admin")
class UserAdministrationServiceTest {

    @Autowired
    UserAdministrationService users;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    AuditService audit;

    private long organization(String name) {
        return organizations.findByName(name).orElseThrow().getId();
    }

    @Test
    void createsAUserWithAHashedPasswordAndAuditsIt() {
        UserRow created = users.create(new UserDraft("Lena.Ortiz", "Lena Ortiz", Role.CBO_STAFF,
                organization("Instituto del Progreso Latino"), "a-long-enough-secret"));

        assertThat(created.username()).isEqualTo("lena.ortiz");
        assertThat(created.organizationName()).isEqualTo("Instituto del Progreso Latino");
        assertThat(audit.find(new AuditFilter("admin", AuditAction.CREATE, null, null),
                PageRequest.of(0, 10)))
                .anyMatch(row -> "lena.ortiz".equals(row.targetId()));
    }

    @Test
    void rejectsTakenUsernamesShortPasswordsAndMismatchedOrganizations() {
        long wbc = organization("World Business Chicago");
        assertThatThrownBy(() -> users.create(new UserDraft("wbc.staff", "X", Role.CAMPAIGN_STAFF, wbc, "a-long-enough-secret")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("users.error.username-taken");
        assertThatThrownBy(() -> users.create(new UserDraft("new.person", "X", Role.CAMPAIGN_STAFF, wbc, "short")))
                .hasMessageContaining("users.error.password-length");
        assertThatThrownBy(() -> users.create(new UserDraft("new.person", "X", Role.CBO_STAFF, wbc, "a-long-enough-secret")))
                .hasMessageContaining("users.error.cbo-staff-organization");
        assertThatThrownBy(() -> users.create(new UserDraft("new.person", "X", Role.EXECUTIVE,
                organization("Safer Foundation"), "a-long-enough-secret")))
                .hasMessageContaining("users.error.partner-organization");
    }

    @Test
    void aUserMayHaveAnAddressForTheAppsNotices() {
        long imec = organization("Illinois Manufacturing Excellence Center");
        UserRow created = users.create(new UserDraft("new.scout", "New Scout", Role.SUPPLY_CHAIN_STAFF, imec,
                "a-long-enough-secret", " new.scout@imec.example "));
        assertThat(created.email()).isEqualTo("new.scout@imec.example");

        UserRow cleared = users.update(created.id(), created.version(), new UserDraft("new.scout", "New Scout",
                Role.SUPPLY_CHAIN_STAFF, imec, null, ""));
        assertThat(cleared.email()).isNull();
        assertThatThrownBy(() -> users.create(new UserDraft("other.scout", "X", Role.SUPPLY_CHAIN_STAFF, imec,
                "a-long-enough-secret", "not an address"))).hasMessageContaining("invitations.error.email");
    }

    @Test
    void aStaleEditIsReportedNotApplied() {
        UserRow research = users.find(PageRequest.of(0, 100)).stream()
                .filter(u -> u.username().equals("research.editor")).findFirst().orElseThrow();
        users.update(research.id(), research.version(), new UserDraft(null, "Mei Chen (Research)", Role.RESEARCH_EDITOR,
                research.organizationId(), null));

        assertThatThrownBy(() -> users.setEnabled(research.id(), research.version(), false))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void administratorsCannotLockThemselvesOut() {
        UserRow admin = users.find(PageRequest.of(0, 100)).stream()
                .filter(u -> u.username().equals("admin")).findFirst().orElseThrow();

        assertThatThrownBy(() -> users.setEnabled(admin.id(), admin.version(), false))
                .hasMessageContaining("users.error.disable-self");
    }

    @Test
    @WithUserDetails("wbc.staff")
    void onlyAdministratorsManageUsers() {
        assertThatThrownBy(() -> users.count()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.NONE)).isInstanceOf(AccessDeniedException.class);
    }
}
