package org.partnerdashboard.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.suppliers.ImportedListCount;
import org.partnerdashboard.suppliers.SupplierScope;
import org.partnerdashboard.suppliers.SupplierStatisticsService;
import org.partnerdashboard.suppliers.YearlyStatusCount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Supply Chain Center's figures agree with the rows they summarize; on H2 and PostgreSQL. */
@WithUserDetails("executive")
abstract class SupplyChainStatisticsTests {

    @Autowired
    SourcingStatisticsService sourcing;

    @Autowired
    SupplierStatisticsService suppliers;

    @Autowired
    SourcingActivityService activity;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFunnelNarrowsFromReceivedToAwarded() {
        SourcingFunnel funnel = sourcing.funnel();

        assertThat(funnel.received()).isEqualTo(40);
        assertThat(funnel.scouted()).isEqualTo(count("SELECT COUNT(DISTINCT sourcing_request_id) FROM supplier_match"));
        assertThat(funnel.introduced()).isEqualTo(count("SELECT COUNT(*) FROM sourcing_request WHERE introduced_on IS NOT NULL"));
        assertThat(funnel.awarded()).isEqualTo(count("SELECT COUNT(*) FROM sourcing_request WHERE status = 'AWARDED'"));
        assertThat(funnel.received()).isGreaterThanOrEqualTo(funnel.scouted());
        assertThat(funnel.scouted()).isGreaterThanOrEqualTo(funnel.introduced());
        assertThat(funnel.introduced()).isGreaterThanOrEqualTo(funnel.awarded()).isPositive();
    }

    @Test
    void medianDaysToIntroductionIsTheMiddleOfTheRows() {
        List<Long> days = jdbc.query("SELECT requested_on, introduced_on FROM sourcing_request"
                        + " WHERE introduced_on IS NOT NULL", (row, i) -> ChronoUnit.DAYS.between(
                        row.getDate(1).toLocalDate(), row.getDate(2).toLocalDate()))
                .stream().sorted().toList();
        double expected = days.size() % 2 == 1 ? days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;

        List<MedianDays> medians = sourcing.medianDaysToIntroduction();

        MedianDays all = medians.getLast();
        assertThat(all.year()).isZero();
        assertThat(all.requests()).isEqualTo(days.size());
        assertThat(all.medianDays()).isEqualTo(expected);
        assertThat(medians.subList(0, medians.size() - 1)).extracting(MedianDays::year).isSorted();
        assertThat(medians.subList(0, medians.size() - 1).stream().mapToLong(MedianDays::requests).sum())
                .isEqualTo(days.size());
    }

    @Test
    void awardedShareCountsIllinoisWinners() {
        AwardedShare share = sourcing.awardedShare();

        assertThat(share.awarded()).isEqualTo(count("SELECT COUNT(*) FROM supplier_match WHERE status = 'AWARDED'"));
        assertThat(share.toIllinois()).isEqualTo(count("SELECT COUNT(*) FROM supplier_match m JOIN supplier s"
                + " ON s.id = m.supplier_id WHERE m.status = 'AWARDED' AND s.state_code = 'IL'"));
    }

    @Test
    void requestsByStatusAddUpToAllRequests() {
        assertThat(sourcing.requestsByStatus().stream().mapToLong(GroupCount::count).sum()).isEqualTo(40);
        assertThat(activity.openRequests()).isEqualTo(count("SELECT COUNT(*) FROM sourcing_request"
                + " WHERE status IN ('OPEN', 'SCOUTING', 'INTRODUCED')"));
    }

    @Test
    void supplierBreakdownsAddUp() {
        long approved = count("SELECT COUNT(*) FROM supplier WHERE registration_status = 'APPROVED'");
        assertThat(suppliers.approvedSuppliers()).isEqualTo(approved);
        assertThat(suppliers.byCounty(SupplierScope.VERIFIED).stream().mapToLong(GroupCount::count).sum())
                .isEqualTo(approved);
        assertThat(suppliers.byCounty(SupplierScope.VERIFIED).getLast().key()).as("elsewhere comes last").isEmpty();
        assertThat(suppliers.registrationsByYear().stream().mapToLong(YearlyStatusCount::count).sum())
                .isEqualTo(count("SELECT COUNT(*) FROM supplier WHERE source_id IS NULL"));
        assertThat(suppliers.byQualityCertification(SupplierScope.VERIFIED).stream().mapToLong(GroupCount::count).sum())
                .isEqualTo(count("SELECT COUNT(*) FROM supplier_quality_certification q JOIN supplier s"
                        + " ON s.id = q.supplier_id WHERE s.registration_status = 'APPROVED'"));
        assertThat(suppliers.byDiversityCertification(SupplierScope.VERIFIED)).isNotEmpty();
    }

    @Test
    void importedSuppliersCountOnlyWhenAskedFor() {
        long imported = count("SELECT COUNT(*) FROM supplier WHERE registration_status = 'IMPORTED'");
        long approved = count("SELECT COUNT(*) FROM supplier WHERE registration_status = 'APPROVED'");
        assertThat(imported).as("the demo brings an imported list").isPositive();
        assertThat(suppliers.notYetVerified()).isEqualTo(imported);
        assertThat(suppliers.byCounty(SupplierScope.WITH_IMPORTED).stream().mapToLong(GroupCount::count).sum())
                .isEqualTo(approved + imported);
        assertThat(suppliers.byQualityCertification(SupplierScope.WITH_IMPORTED).stream()
                .mapToLong(GroupCount::count).sum())
                .isEqualTo(count("SELECT COUNT(*) FROM supplier_quality_certification q JOIN supplier s"
                        + " ON s.id = q.supplier_id WHERE s.registration_status IN ('APPROVED', 'IMPORTED')"));

        List<ImportedListCount> lists = suppliers.byImportedList();

        assertThat(lists.stream().mapToLong(ImportedListCount::notYetVerified).sum()).isEqualTo(imported);
        assertThat(lists.stream().mapToLong(ImportedListCount::verified).sum()).isEqualTo(count(
                "SELECT COUNT(*) FROM supplier WHERE registration_status = 'APPROVED' AND source_id IS NOT NULL"));
        assertThat(lists).extracting(ImportedListCount::total).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    @WithUserDetails("bethel.staff")
    void communityOrganizationsHaveNoAccess() {
        assertThatThrownBy(() -> sourcing.funnel()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suppliers.byImportedList()).isInstanceOf(AccessDeniedException.class);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
