package org.partnerdashboard.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.io.input.BOMInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.TabularWriter;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.SupplierScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Recording requests and moving them open → scouting → introduced → awarded or closed; on H2 and PostgreSQL. */
@Transactional
@WithUserDetails("ima.staff")
abstract class SourcingWorkflowTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    SourcingService sourcing;

    @Autowired
    ScoutingService scouting;

    @Autowired
    JdbcTemplate jdbc;

    private long buyer;

    @BeforeEach
    void aBuyer() {
        buyer = jdbc.queryForObject("SELECT MIN(id) FROM organization WHERE kind = 'BUYER'", Long.class);
    }

    private SourcingRequestDraft draft(String title) {
        return new SourcingRequestDraft(buyer, title, "Steel, powder coated", "332",
                EnumSet.of(Capability.METAL_STAMPING), Set.of(), Set.of(), 1200, TODAY.plusDays(60), null, false);
    }

    /** The download holds the rows the grid shows, in its order, and survives a CSV parser. */
    @Test
    void theRequestGridDownloadsWithItsFilterAndSort() throws Exception {
        for (String title : List.of("Brackets", "=cmd|' /C calc'!A0", "Axles")) {
            sourcing.create(draft(title));
        }
        SourcingFilter open = new SourcingFilter(null, SourcingRequestStatus.OPEN, null, null);
        Sort byTitle = Sort.by(
                Sort.Order.desc("title"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = sourcing.export(open, byTitle, TabularFormat.CSV,
                List.of("Requested", "Title", "Buyer", "NAICS", "Subsector", "Status", "Due", "Matches"),
                SourcingRequestStatus::name, out);

        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(BOMInputStream.builder()
                        .setInputStream(new ByteArrayInputStream(out.toByteArray())).get(),
                        StandardCharsets.UTF_8)).getRecords();
        var expected = sourcing.find(open, PageRequest.of(0, 100_000, byTitle));
        assertThat(written).isEqualTo(sourcing.count(open)).isEqualTo(records.size()).isPositive();
        assertThat(records.stream().map(r -> r.get("Title")).toList())
                .isEqualTo(expected.stream().map(r -> TabularWriter.safeText(r.title()))
                        .toList());
        assertThat(records).allMatch(r -> r.get("Status").equals("OPEN"));
        assertThat(records.stream().map(r -> r.get("Title"))).contains("'=cmd|' /C calc'!A0");
    }

    @Test
    void aNewRequestIsOpenWithItsHistoryStarted() {
        long id = sourcing.create(draft("Stamped steel enclosures"));

        SourcingRequestDetails details = sourcing.details(id);
        assertThat(details.status()).isEqualTo(SourcingRequestStatus.OPEN);
        assertThat(details.requestedOn()).isEqualTo(TODAY);
        assertThat(details.data().capabilities()).containsExactly(Capability.METAL_STAMPING);
        assertThat(details.history()).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(SourcingRequestStatus.OPEN);
            assertThat(h.by()).isEqualTo("ima.staff");
        });
        assertThat(sourcing.count(new SourcingFilter("stamped steel", SourcingRequestStatus.OPEN, "332", null)))
                .isEqualTo(1);
    }

    @Test
    void invalidRequestsAreRefusedWithTheirField() {
        assertInvalid(new SourcingRequestDraft(null, "x", null, "332", Set.of(), Set.of(), Set.of(), null, null, null,
                false), "error.required", "sourcing.buyer");
        assertInvalid(new SourcingRequestDraft(buyer, " ", null, "332", Set.of(), Set.of(), Set.of(), null, null, null,
                false), "error.required", "sourcing.title");
        assertInvalid(new SourcingRequestDraft(buyer, "x", null, null, Set.of(), Set.of(), Set.of(), null, null, null,
                false), "sourcing.error.what-is-needed", "sourcing.subsector");
        assertInvalid(new SourcingRequestDraft(buyer, "x", null, "332", Set.of(), Set.of(), Set.of(), 0, null, null,
                false), "sourcing.error.quantity", "sourcing.quantity");
        assertInvalid(new SourcingRequestDraft(buyer, "x", null, "332", Set.of(), Set.of(), Set.of(), null,
                TODAY.minusDays(1), null, false), "sourcing.error.due-date", "sourcing.due-date");
        long notABuyer = jdbc.queryForObject("SELECT MIN(id) FROM organization WHERE kind = 'EMPLOYER'", Long.class);
        assertInvalid(new SourcingRequestDraft(notABuyer, "x", null, "332", Set.of(), Set.of(), Set.of(), null, null,
                null, false), "sourcing.error.buyer", "sourcing.buyer");
    }

    @Test
    void aRequestGoesAllTheWayToAwarded() {
        long id = sourcing.create(draft("Stamped brackets, full path"));
        List<ScoutedSupplier> best = scouting.scout(id, 3, SupplierScope.VERIFIED).best();
        scouting.shortlist(id, best.get(0).supplierId());
        scouting.shortlist(id, best.get(1).supplierId());
        MatchRow first = sourcing.details(id).matches().stream()
                .filter(m -> m.supplierId() == best.get(0).supplierId()).findFirst().orElseThrow();

        scouting.introduce(first.id(), first.version(), "Call on Monday");
        MatchRow introduced = match(id, first.id());
        scouting.award(introduced.id(), introduced.version(), "PO 4471");

        SourcingRequestDetails details = sourcing.details(id);
        assertThat(details.status()).isEqualTo(SourcingRequestStatus.AWARDED);
        assertThat(details.introducedOn()).isEqualTo(TODAY);
        assertThat(details.finishedOn()).isEqualTo(TODAY);
        assertThat(details.history()).extracting(SourcingRequestDetails.HistoryEntry::status).containsExactly(
                SourcingRequestStatus.OPEN, SourcingRequestStatus.SCOUTING, SourcingRequestStatus.INTRODUCED,
                SourcingRequestStatus.AWARDED);
        assertThat(details.matches()).extracting(MatchRow::status)
                .containsExactly(MatchStatus.AWARDED, MatchStatus.DECLINED);
        assertThat(details.matches().getFirst().note()).isEqualTo("PO 4471");
        assertThatThrownBy(() -> sourcing.update(id, details.version(), draft("changed")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("sourcing.error.finished");
        assertThatThrownBy(() -> scouting.scout(id, 5, SupplierScope.VERIFIED))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("scouting.error.request-finished");
        assertThatThrownBy(() -> sourcing.close(id, details.version(), "too late"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("sourcing.error.transition");
    }

    @Test
    void illegalStepsAreRefused() {
        long id = sourcing.create(draft("Illegal steps"));
        long supplier = scouting.scout(id, 1, SupplierScope.VERIFIED).best().getFirst().supplierId();
        scouting.shortlist(id, supplier);
        MatchRow shortlisted = sourcing.details(id).matches().getFirst();

        assertThatThrownBy(() -> scouting.award(shortlisted.id(), shortlisted.version(), null))
                .as("a supplier never introduced cannot be awarded")
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("scouting.error.transition");
        assertThatThrownBy(() -> scouting.shortlist(id, supplier))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("scouting.error.not-a-candidate");
        long version = sourcing.details(id).version();
        assertThatThrownBy(() -> sourcing.startScouting(id, version))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("sourcing.error.transition");
        assertThatThrownBy(() -> sourcing.close(id, version, " "))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("sourcing.error.close-reason");
        assertThat(sourcing.details(id).status()).isEqualTo(SourcingRequestStatus.SCOUTING);
    }

    @Test
    void closingKeepsTheReason() {
        long id = sourcing.create(draft("To be closed"));
        sourcing.startScouting(id, sourcing.details(id).version());

        sourcing.close(id, sourcing.details(id).version(), "Buyer cancelled the project");

        SourcingRequestDetails details = sourcing.details(id);
        assertThat(details.status()).isEqualTo(SourcingRequestStatus.CLOSED);
        assertThat(details.statusReason()).isEqualTo("Buyer cancelled the project");
        assertThat(details.history().getLast().reason()).isEqualTo("Buyer cancelled the project");
    }

    @Test
    void aStaleVersionIsReportedNotOverwritten() {
        long id = sourcing.create(draft("Concurrent edit"));
        long stale = sourcing.details(id).version();
        sourcing.update(id, stale, draft("Edited by someone else"));

        assertThatThrownBy(() -> sourcing.update(id, stale, draft("Mine"))).isInstanceOf(ConcurrentEditException.class);
        assertThat(sourcing.details(id).data().title()).isEqualTo("Edited by someone else");
    }

    @Test
    void theGridPagesAndFilters() {
        List<SourcingRequestRow> awarded = sourcing.find(new SourcingFilter(null, SourcingRequestStatus.AWARDED, null,
                null), PageRequest.of(0, 100));
        assertThat(awarded).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo(SourcingRequestStatus.AWARDED));
        assertThat(sourcing.find(SourcingFilter.NONE, PageRequest.of(0, 100))).hasSize(40)
                .extracting(SourcingRequestRow::requestedOn).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    @WithUserDetails("safer.staff")
    void communityOrganizationsHaveNoAccess() {
        assertThatThrownBy(() -> sourcing.count(SourcingFilter.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scouting.scout(1, 5, SupplierScope.VERIFIED)).isInstanceOf(AccessDeniedException.class);
    }

    private MatchRow match(long requestId, long matchId) {
        return sourcing.details(requestId).matches().stream().filter(m -> m.id() == matchId).findFirst().orElseThrow();
    }

    private void assertInvalid(SourcingRequestDraft draft, String key, String field) {
        assertThatThrownBy(() -> sourcing.create(draft)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()[0]).isEqualTo(field);
        });
    }
}
