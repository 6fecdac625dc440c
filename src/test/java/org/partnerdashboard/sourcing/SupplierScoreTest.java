package org.partnerdashboard.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.DiversityCertification;

/** The score counts only what a request asks for, and explains every point. */
class SupplierScoreTest {

    private static SupplierScore.Facts supplier(String naics, boolean inSubsector, Set<Capability> capabilities,
            String county, String state, boolean buyAmerica, Set<DiversityCertification> diversity) {
        return new SupplierScore.Facts(1, "Acme Tool", naics, inSubsector, capabilities, Set.of(), diversity, county,
                state, buyAmerica);
    }

    private static SupplierScore.Needs needs(String subsector, Set<Capability> capabilities, String county,
            boolean buyAmerica, Set<DiversityCertification> diversity) {
        return new SupplierScore.Needs(subsector, capabilities, Set.of(), diversity, county, buyAmerica);
    }

    @Test
    void aSupplierWithEverythingAskedForScores100() {
        SupplierScore.Result result = SupplierScore.of(
                needs("332", Set.of(Capability.CNC_MACHINING, Capability.WELDING), "17031", true,
                        Set.of(DiversityCertification.MBE)),
                supplier("332", true, Set.of(Capability.CNC_MACHINING, Capability.WELDING, Capability.ASSEMBLY),
                        "17031", "IL", true, Set.of(DiversityCertification.MBE, DiversityCertification.WBE)));

        assertThat(result.score()).isEqualTo(100);
        assertThat(result.reasons()).extracting(ScoreReason::key).containsExactly("scouting.reason.naics-primary",
                "scouting.reason.capabilities", "scouting.reason.same-county", "scouting.reason.buy-america",
                "scouting.reason.diversity");
    }

    @Test
    void onlyWhatTheRequestAsksForCounts() {
        SupplierScore.Result result = SupplierScore.of(needs("332", Set.of(), null, false, Set.of()),
                supplier("332", true, Set.of(), null, "IN", false, Set.of()));

        assertThat(result.reasons()).extracting(ScoreReason::key).containsExactly("scouting.reason.naics-primary",
                "scouting.reason.out-of-state");
        assertThat(result.score()).isEqualTo(Math.round(100f * SupplierScore.NAICS
                / (SupplierScore.NAICS + SupplierScore.LOCATION)));
    }

    @Test
    void partialFitsEarnPartialPointsAndNameWhatIsMissing() {
        SupplierScore.Result result = SupplierScore.of(
                needs("332", Set.of(Capability.CNC_MACHINING, Capability.WELDING), null, false, Set.of()),
                supplier("333", true, Set.of(Capability.WELDING), null, "IL", false, Set.of()));

        ScoreReason naics = result.reasons().get(0);
        assertThat(naics.key()).isEqualTo("scouting.reason.naics-secondary");
        assertThat(naics.points()).isEqualTo(SupplierScore.NAICS * 2 / 3);
        ScoreReason capabilities = result.reasons().get(1);
        assertThat(capabilities.points()).isEqualTo(SupplierScore.CAPABILITIES / 2);
        assertThat(capabilities.held()).containsExactly("capability.WELDING");
        assertThat(capabilities.missing()).containsExactly("capability.CNC_MACHINING");
        assertThat(result.reasons().get(2).key()).isEqualTo("scouting.reason.illinois");
    }

    @Test
    void nearerIsBetterWhenACountyIsPreferred() {
        SupplierScore.Needs wantsCook = needs(null, Set.of(Capability.WELDING), "17031", false, Set.of());
        int sameCounty = SupplierScore.of(wantsCook, supplier("332", false, Set.of(Capability.WELDING), "17031", "IL",
                false, Set.of())).score();
        int chicagoArea = SupplierScore.of(wantsCook, supplier("332", false, Set.of(Capability.WELDING), "17043",
                "IL", false, Set.of())).score();
        int illinois = SupplierScore.of(wantsCook, supplier("332", false, Set.of(Capability.WELDING), null, "IL",
                false, Set.of())).score();

        assertThat(sameCounty).isGreaterThan(chicagoArea);
        assertThat(chicagoArea).isGreaterThan(illinois);
    }
}
