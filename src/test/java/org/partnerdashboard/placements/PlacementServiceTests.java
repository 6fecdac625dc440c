package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The placements API against a real database, as WBC campaign staff; on H2 and PostgreSQL by the subclasses. */
@WithUserDetails("wbc.staff")
abstract class PlacementServiceTests {

    @Autowired
    PlacementService service;

    @Autowired
    PlacementRepository placements;

    @Test
    void countsEveryPlacementOfTheDemoData() {
        assertThat(service.countRows()).isEqualTo(300);
    }

    @Test
    void firstPageShowsTheNewestPlacementsFirst() {
        List<PlacementRow> page = service.findRows(PageRequest.of(0, 50));

        assertThat(page).hasSize(50);
        assertThat(page).extracting(PlacementRow::startDate).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(page.getFirst().jobSeekerName()).contains(", ");
        assertThat(page.getFirst().subsectorTitle()).endsWith("Manufacturing");
    }

    @Test
    void pagesCoverEveryPlacementExactlyOnce() {
        Set<Long> seen = new HashSet<>();
        for (int page = 0; page < 4; page++) {
            service.findRows(PageRequest.of(page, 80, Sort.by("employer"))).forEach(row -> assertThat(seen.add(row.id())).isTrue());
        }
        assertThat(seen).hasSize(300);
    }

    @Test
    void sortsByWageWithUnpaidTrainingLastInBothDirections() {
        List<PlacementRow> ascending = service.findRows(PageRequest.of(0, 300, Sort.by("hourlyWage")));
        List<PlacementRow> descending = service.findRows(PageRequest.of(0, 300, Sort.by(Sort.Order.desc("hourlyWage"))));

        List<BigDecimal> paid = ascending.stream().map(PlacementRow::hourlyWage).filter(Objects::nonNull).toList();
        assertThat(paid).isSorted().isNotEmpty();
        assertThat(ascending.getLast().hourlyWage()).isNull();
        assertThat(descending.getFirst().hourlyWage()).isEqualByComparingTo(paid.getLast());
        assertThat(descending.getLast().hourlyWage()).isNull();
    }

    @Test
    void sortsByOrganizationName() {
        List<PlacementRow> rows = service.findRows(PageRequest.of(0, 300, Sort.by("organization")));

        assertThat(rows).extracting(PlacementRow::organization).isSorted();
        assertThat(rows.getFirst().organization()).isEqualTo("Bethel New Life");
        assertThat(rows.getLast().organization()).isEqualTo("Safer Foundation");
    }

    @Test
    void ignoresSortKeysThatAreNotColumns() {
        List<PlacementRow> rows = service.findRows(PageRequest.of(0, 10, Sort.by("id; drop table placement")));

        assertThat(rows).hasSize(10);
        assertThat(service.countRows()).isEqualTo(300);
    }

    @Test
    void campaignProgressAddsUpTheMonthlyCountsFromTheDatabase() {
        CampaignProgress progress = service.campaignProgress();

        assertThat(progress.goal()).isEqualTo(1000);
        assertThat(progress.placementsToDate()).isEqualTo(300);
        CampaignProgress.Point current = progress.points().stream()
                .filter(p -> p.month().equals(YearMonth.from(TestClock.NOW.atZone(java.time.ZoneId.of("America/Chicago")))))
                .findFirst().orElseThrow();
        assertThat(current.cumulative()).isEqualTo(300);
        assertThat(progress.points().getLast().month()).isEqualTo(YearMonth.of(2030, 3));
        assertThat(progress.points().getLast().cumulative()).isNull();
    }

    @Test
    void aConcurrentEditIsRejectedNotOverwritten() {
        Placement mine = placements.findById(1L).orElseThrow();
        Placement theirs = placements.findById(1L).orElseThrow();

        theirs.setHourlyWage(new BigDecimal("21.50"));
        placements.save(theirs);
        mine.setHourlyWage(new BigDecimal("19.00"));

        assertThatThrownBy(() -> placements.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(placements.findById(1L).orElseThrow().getHourlyWage()).isEqualByComparingTo("21.50");
    }
}
