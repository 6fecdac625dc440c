package org.partnerdashboard.sourcing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.DiversityCertification;
import org.partnerdashboard.suppliers.QualityCertification;

/**
 * How well an approved supplier fits a request, 0-100, with the reasons. Only what the request asks for counts:
 * each part has a weight, and the score is the share of the possible points earned. Pure.
 */
final class SupplierScore {

    static final int NAICS = 30;
    static final int CAPABILITIES = 30;
    static final int CERTIFICATIONS = 20;
    static final int LOCATION = 10;
    static final int BUY_AMERICA = 10;
    static final int DIVERSITY = 10;

    /** What a request asks for. */
    record Needs(String subsectorCode, Set<Capability> capabilities, Set<QualityCertification> certifications,
            Set<DiversityCertification> diversity, String preferredCountyFips, boolean buyAmericaRequired) {
    }

    /**
     * What is known about a supplier, as far as the request asks.
     *
     * @param industryInSubsector one of its 6-digit codes is in the requested subsector
     * @param countyFips          its Chicago-area county, or null when elsewhere
     */
    record Facts(long supplierId, String legalName, String naicsCode, boolean industryInSubsector,
            Set<Capability> capabilities, Set<QualityCertification> certifications,
            Set<DiversityCertification> diversity, String countyFips, String stateCode, boolean buyAmerica) {
    }

    record Result(int score, List<ScoreReason> reasons) {
    }

    private SupplierScore() {
    }

    static Result of(Needs needs, Facts supplier) {
        List<ScoreReason> reasons = new ArrayList<>();
        if (needs.subsectorCode() != null) {
            if (needs.subsectorCode().equals(supplier.naicsCode())) {
                reasons.add(ScoreReason.of("scouting.reason.naics-primary", NAICS, NAICS));
            } else if (supplier.industryInSubsector()) {
                reasons.add(ScoreReason.of("scouting.reason.naics-secondary", NAICS * 2 / 3, NAICS));
            } else {
                reasons.add(ScoreReason.of("scouting.reason.naics-none", 0, NAICS));
            }
        }
        if (!needs.capabilities().isEmpty()) {
            reasons.add(share("scouting.reason.capabilities", CAPABILITIES, needs.capabilities(),
                    supplier.capabilities(), "capability."));
        }
        if (!needs.certifications().isEmpty()) {
            reasons.add(share("scouting.reason.certifications", CERTIFICATIONS, needs.certifications(),
                    supplier.certifications(), "certification."));
        }
        reasons.add(location(needs, supplier));
        if (needs.buyAmericaRequired()) {
            reasons.add(supplier.buyAmerica() ? ScoreReason.of("scouting.reason.buy-america", BUY_AMERICA, BUY_AMERICA)
                    : ScoreReason.of("scouting.reason.no-buy-america", 0, BUY_AMERICA));
        }
        if (!needs.diversity().isEmpty()) {
            List<String> held = keys(intersection(needs.diversity(), supplier.diversity()), "diversity.");
            reasons.add(held.isEmpty() ? ScoreReason.of("scouting.reason.no-diversity", 0, DIVERSITY)
                    : new ScoreReason("scouting.reason.diversity", DIVERSITY, DIVERSITY, held, List.of()));
        }
        int earned = reasons.stream().mapToInt(ScoreReason::points).sum();
        int possible = reasons.stream().mapToInt(ScoreReason::maxPoints).sum();
        return new Result((int) Math.round(100.0 * earned / possible), List.copyOf(reasons));
    }

    /** Same county as preferred, else the Chicago area, else Illinois: local sourcing is the Center's mission. */
    private static ScoreReason location(Needs needs, Facts supplier) {
        boolean chicagoArea = supplier.countyFips() != null;
        if (needs.preferredCountyFips() != null && needs.preferredCountyFips().equals(supplier.countyFips())) {
            return ScoreReason.of("scouting.reason.same-county", LOCATION, LOCATION);
        }
        if (chicagoArea) {
            return ScoreReason.of("scouting.reason.chicago-area", needs.preferredCountyFips() == null ? LOCATION : 6,
                    LOCATION);
        }
        if ("IL".equals(supplier.stateCode())) {
            return ScoreReason.of("scouting.reason.illinois", needs.preferredCountyFips() == null ? 6 : 3, LOCATION);
        }
        return ScoreReason.of("scouting.reason.out-of-state", 0, LOCATION);
    }

    private static <E extends Enum<E>> ScoreReason share(String key, int weight, Set<E> wanted, Set<E> held,
            String keyPrefix) {
        Set<E> has = intersection(wanted, held);
        List<String> missing = wanted.stream().filter(w -> !has.contains(w)).sorted().map(w -> keyPrefix + w.name())
                .toList();
        return new ScoreReason(key, (int) Math.round((double) weight * has.size() / wanted.size()), weight,
                keys(has, keyPrefix), missing);
    }

    private static <E extends Enum<E>> Set<E> intersection(Set<E> wanted, Set<E> held) {
        if (wanted.isEmpty()) {
            return Set.of();
        }
        Set<E> both = EnumSet.copyOf(wanted);
        both.retainAll(held);
        return both;
    }

    private static <E extends Enum<E>> List<String> keys(Set<E> values, String keyPrefix) {
        return values.stream().sorted().map(v -> keyPrefix + v.name()).toList();
    }
}
