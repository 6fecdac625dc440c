package org.partnerdashboard.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.DiversityCertification;
import org.partnerdashboard.suppliers.QualityCertification;
import org.partnerdashboard.suppliers.Supplier;
import org.partnerdashboard.suppliers.SupplierScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranking on a known small set of suppliers (the demo suppliers are set aside in the test's transaction):
 * the exact scores, their order and their reasons; on H2 and PostgreSQL.
 */
@Transactional
@WithUserDetails("imec.staff")
abstract class ScoutingRankingTests {

    @Autowired
    ScoutingService scouting;

    @Autowired
    SourcingService sourcing;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    private long requestId;

    @BeforeEach
    void knownSuppliersAndARequest() {
        jdbc.update("UPDATE supplier SET registration_status = 'REJECTED'"
                + " WHERE registration_status IN ('APPROVED', 'IMPORTED')");
        approved("Perfect Fit Fabricators", "332", "IL", "17031", EnumSet.of(Capability.CNC_MACHINING, Capability.WELDING),
                EnumSet.of(QualityCertification.ISO_9001), EnumSet.of(DiversityCertification.WBE), true);
        approved("Near Fit Machining", "332", "IL", "17043", EnumSet.of(Capability.CNC_MACHINING),
                EnumSet.of(QualityCertification.ISO_9001), Set.of(), true);
        approved("Secondary Code Industries", "333", "IL", "17031",
                EnumSet.of(Capability.CNC_MACHINING, Capability.WELDING), Set.of(), Set.of(), false)
                .getNaicsCodes().add("332710");
        approved("Out of State Welders", "332", "IN", null, EnumSet.of(Capability.WELDING),
                EnumSet.of(QualityCertification.ISO_9001), EnumSet.of(DiversityCertification.WBE), true);
        approved("Unrelated Bakery", "311", "IL", "17031", EnumSet.of(Capability.FOOD_PROCESSING), Set.of(), Set.of(),
                true);
        Supplier pending = new Supplier("Pending Perfect Fit", "Chicago", "IL", "332", LocalDate.of(2026, 6, 1));
        pending.getCapabilities().add(Capability.CNC_MACHINING);
        entityManager.persist(pending);
        Supplier listed = approved("Listed Fit Works", "332", "IL", "17031", EnumSet.of(Capability.CNC_MACHINING),
                Set.of(), Set.of(), true);
        entityManager.flush();
        jdbc.update("UPDATE supplier SET registration_status = 'IMPORTED' WHERE id = ?", listed.getId());
        entityManager.clear();
        long buyer = jdbc.queryForObject("SELECT MIN(id) FROM organization WHERE kind = 'BUYER'", Long.class);
        requestId = sourcing.create(new SourcingRequestDraft(buyer, "Welded CNC brackets", null, "332",
                EnumSet.of(Capability.CNC_MACHINING, Capability.WELDING), EnumSet.of(QualityCertification.ISO_9001),
                EnumSet.of(DiversityCertification.WBE), 5000, null, "17031", true));
    }

    private Supplier approved(String name, String subsector, String state, String county, Set<Capability> capabilities,
            Set<QualityCertification> certifications, Set<DiversityCertification> diversity, boolean buyAmerica) {
        Supplier s = new Supplier(name, "Somewhere", state, subsector, LocalDate.of(2025, 1, 2));
        s.setCountyFips(county);
        s.getCapabilities().addAll(capabilities);
        s.getQualityCertifications().addAll(certifications);
        s.getDiversityCertifications().addAll(diversity);
        s.setBuyAmerica(buyAmerica);
        s.approve(LocalDate.of(2025, 1, 9));
        entityManager.persist(s);
        return s;
    }

    @Test
    void ranksByScoreWithTheReasons() {
        ScoutingResult result = scouting.scout(requestId, 50, SupplierScope.VERIFIED);

        assertThat(result.candidates()).as("the bakery and the pending registration are no candidates").isEqualTo(4);
        assertThat(result.best()).extracting(ScoutedSupplier::legalName, ScoutedSupplier::score).containsExactly(
                Tuple.tuple("Perfect Fit Fabricators", 100),
                Tuple.tuple("Out of State Welders", 77),
                Tuple.tuple("Near Fit Machining", 74),
                Tuple.tuple("Secondary Code Industries", 55));
        ScoutedSupplier near = result.best().get(2);
        assertThat(near.reasons()).extracting(ScoreReason::key).containsExactly("scouting.reason.naics-primary",
                "scouting.reason.capabilities", "scouting.reason.certifications", "scouting.reason.chicago-area",
                "scouting.reason.buy-america", "scouting.reason.no-diversity");
        ScoreReason capabilities = near.reasons().get(1);
        assertThat(capabilities.points()).isEqualTo(15);
        assertThat(capabilities.held()).containsExactly("capability.CNC_MACHINING");
        assertThat(capabilities.missing()).containsExactly("capability.WELDING");
        assertThat(result.best().get(3).reasons().getFirst().key()).isEqualTo("scouting.reason.naics-secondary");
        assertThat(result.best().get(1).reasons()).extracting(ScoreReason::key).contains("scouting.reason.out-of-state");
    }

    @Test
    void shortlistedSuppliersLeaveTheCandidatesWithTheirScore() {
        long perfect = scouting.scout(requestId, 1, SupplierScope.VERIFIED).best().getFirst().supplierId();

        scouting.shortlist(requestId, perfect);

        assertThat(scouting.scout(requestId, 50, SupplierScope.VERIFIED).best()).extracting(ScoutedSupplier::supplierId)
                .doesNotContain(perfect);
        SourcingRequestDetails details = sourcing.details(requestId);
        assertThat(details.status()).isEqualTo(SourcingRequestStatus.SCOUTING);
        assertThat(details.matches()).singleElement().satisfies(m -> {
            assertThat(m.score()).isEqualTo(100);
            assertThat(m.status()).isEqualTo(MatchStatus.SHORTLISTED);
        });
    }

    @Test
    void importedSuppliersNotYetVerifiedAreCandidatesOnlyWhenAskedFor() {
        assertThat(scouting.scout(requestId, 50, SupplierScope.VERIFIED).best()).extracting(ScoutedSupplier::legalName)
                .doesNotContain("Listed Fit Works").allSatisfy(name -> assertThat(name).isNotBlank());

        ScoutingResult withImported = scouting.scout(requestId, 50, SupplierScope.WITH_IMPORTED);

        assertThat(withImported.candidates()).isEqualTo(5);
        ScoutedSupplier listed = withImported.best().stream().filter(s -> s.legalName().equals("Listed Fit Works"))
                .findFirst().orElseThrow();
        assertThat(listed.verified()).isFalse();
        assertThat(withImported.best()).filteredOn(s -> !s.legalName().equals("Listed Fit Works"))
                .allMatch(ScoutedSupplier::verified);

        scouting.shortlist(requestId, listed.supplierId());

        assertThat(sourcing.details(requestId).matches()).singleElement()
                .satisfies(m -> assertThat(m.supplierId()).isEqualTo(listed.supplierId()));
    }

    @Test
    void theLimitKeepsTheBest() {
        assertThat(scouting.scout(requestId, 2, SupplierScope.VERIFIED).best()).extracting(ScoutedSupplier::legalName)
                .containsExactly("Perfect Fit Fabricators", "Out of State Welders");
    }
}
