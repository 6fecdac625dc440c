package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.dashboards.OverviewService;
import org.partnerdashboard.indicators.IndicatorService;
import org.partnerdashboard.mail.MailService;
import org.partnerdashboard.placements.CampaignStatisticsService;
import org.partnerdashboard.placements.JobSeekerService;
import org.partnerdashboard.placements.PlacementFilter;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.security.AuditFilter;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.InvitationService;
import org.partnerdashboard.sourcing.BuyerSpaceService;
import org.partnerdashboard.sourcing.OpportunityService;
import org.partnerdashboard.sourcing.ScoutingService;
import org.partnerdashboard.sourcing.SourcingFilter;
import org.partnerdashboard.sourcing.SourcingService;
import org.partnerdashboard.sourcing.SourcingStatisticsService;
import org.partnerdashboard.suppliers.CertificationReviewService;
import org.partnerdashboard.suppliers.SupplierAccountService;
import org.partnerdashboard.suppliers.SupplierDirectoryService;
import org.partnerdashboard.suppliers.SupplierFilter;
import org.partnerdashboard.suppliers.SupplierScope;
import org.partnerdashboard.suppliers.SupplierSpaceService;
import org.partnerdashboard.suppliers.SupplierStatisticsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * What manufacturers' accounts reach, by service (the views carry the same roles; {@code SpacesViewAccessTest}
 * checks them by URL): a supplier or a buyer never reads placements, job seekers, other companies, staff's lists,
 * statistics, the audit trail or the outbox, and each space answers only for the account's own company.
 */
@Transactional
abstract class SpacesAccessTests {

    @Autowired
    CertificationReviewService certificationReview;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlacementService placements;

    @Autowired
    JobSeekerService jobSeekers;

    @Autowired
    CampaignStatisticsService campaign;

    @Autowired
    OverviewService overview;

    @Autowired
    IndicatorService indicators;

    @Autowired
    AuditService audit;

    @Autowired
    MailService mail;

    @Autowired
    SupplierDirectoryService directory;

    @Autowired
    SupplierStatisticsService supplierStatistics;

    @Autowired
    SupplierAccountService supplierAccounts;

    @Autowired
    InvitationService invitations;

    @Autowired
    SourcingService sourcing;

    @Autowired
    SourcingStatisticsService sourcingStatistics;

    @Autowired
    ScoutingService scouting;

    @Autowired
    SupplierSpaceService supplierSpace;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    BuyerSpaceService buyerSpace;

    private void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        contexts.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
    }

    /** Everything a partnership role reads and a manufacturer's account must not. */
    private List<Supplier<?>> staffReads() {
        long anySupplier = jdbc.queryForObject("SELECT MIN(id) FROM supplier", Long.class);
        long anyRequest = jdbc.queryForObject("SELECT MIN(id) FROM sourcing_request", Long.class);
        long anyOrganization = jdbc.queryForObject("SELECT MIN(id) FROM organization", Long.class);
        return List.of(
                () -> placements.findRows(PlacementFilter.NONE, PageRequest.of(0, 10)),
                () -> placements.campaignProgress(),
                () -> jobSeekers.load(1),
                () -> campaign.statistics(),
                () -> overview.figures(DashboardFilter.NONE),
                () -> indicators.latestQuarter("17031"),
                () -> audit.find(AuditFilter.NONE, PageRequest.of(0, 10)),
                () -> mail.outbox(0, 10),
                () -> directory.count(new SupplierFilter(null, null, null, null, null, null, null, null, null, null,
                        null)),
                () -> directory.details(anySupplier),
                () -> supplierStatistics.approvedSuppliers(),
                () -> supplierAccounts.accounts(anySupplier),
                () -> invitations.invitations(anyOrganization),
                () -> sourcing.find(SourcingFilter.NONE, PageRequest.of(0, 10)),
                () -> sourcing.details(anyRequest),
                () -> sourcingStatistics.funnel(),
                () -> scouting.scout(anyRequest, 5, SupplierScope.VERIFIED),
                () -> certificationReview.pending());
    }

    @Test
    void aSupplierReadsNothingOfTheStaffsAndNothingOfTheBuyerSpace() {
        signInAs("supplier.demo");
        for (Supplier<?> read : staffReads()) {
            assertThatThrownBy(read::get).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> buyerSpace.myRequests()).isInstanceOf(AccessDeniedException.class);
        assertThat(supplierSpace.mySupplierId()).isEqualTo(jdbc.queryForObject("""
                SELECT s.id FROM supplier s JOIN app_user u ON u.organization_id = s.organization_id
                WHERE u.username = 'supplier.demo'""", Long.class));
    }

    @Test
    void aBuyerReadsNothingOfTheStaffsAndOnlyItsOwnRequests() {
        signInAs("buyer.demo");
        for (Supplier<?> read : staffReads()) {
            assertThatThrownBy(read::get).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> opportunities.opportunities()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supplierSpace.myCompany()).isInstanceOf(AccessDeniedException.class);
        long own = jdbc.queryForObject("""
                SELECT COUNT(*) FROM sourcing_request WHERE buyer_id = (SELECT organization_id FROM app_user
                WHERE username = 'buyer.demo')""", Long.class);
        assertThat(buyerSpace.myRequests()).hasSize((int) own).isNotEmpty();
    }

    @Test
    void staffDoNotActInTheSpaces() {
        signInAs("imec.staff");
        assertThatThrownBy(() -> opportunities.opportunities()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> buyerSpace.myRequests()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supplierSpace.proposeRemoval("ISO_9001")).isInstanceOf(AccessDeniedException.class);
        signInAs("executive");
        assertThatThrownBy(() -> certificationReview.verify(1, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supplierAccounts.invite(1, "a@b.example", "A", Locale.US, "https://x/"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
