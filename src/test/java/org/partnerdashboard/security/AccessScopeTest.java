package org.partnerdashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessScopeTest {

    private static final long BETHEL = 4;
    private static final long SAFER = 8;

    @Test
    void onlyTheServingOrganizationSeesContacts() {
        assertThat(new AccessScope(Role.CBO_STAFF, BETHEL).seesContactsOf(BETHEL)).isTrue();
        assertThat(new AccessScope(Role.CBO_STAFF, BETHEL).seesContactsOf(SAFER)).isFalse();
        assertThat(new AccessScope(Role.CAMPAIGN_STAFF, 1).seesContactsOf(BETHEL)).isFalse();
        assertThat(new AccessScope(Role.ADMIN, 1).seesContactsOf(BETHEL)).isFalse();
    }

    @Test
    void aggregateRolesNeitherListNorSeeNames() {
        for (Role role : new Role[] {Role.SUPPLY_CHAIN_STAFF, Role.RESEARCH_EDITOR, Role.EXECUTIVE}) {
            AccessScope scope = new AccessScope(role, 2);
            assertThat(scope.mayListPlacements()).as(role.name()).isFalse();
            assertThat(scope.seesNames()).as(role.name()).isFalse();
        }
    }
}
