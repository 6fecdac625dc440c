package org.partnerdashboard.indicators;

import java.util.Comparator;
import java.util.List;

/**
 * One industry in the metro areas with BLS figures for a quarter (the partnership's and those followed to compare
 * with), by BLS's employment location quotient, highest first; those without one last.
 */
public record MetroComparison(String industryCode, Quarter quarter, List<IndicatorPoint> metros) {

    static MetroComparison of(String industryCode, Quarter quarter, List<IndicatorPoint> metros) {
        return new MetroComparison(industryCode, quarter, metros.stream()
                .sorted(Comparator.comparing((IndicatorPoint p) -> p.official().employmentQuotient(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(IndicatorPoint::areaFips))
                .toList());
    }

    /** The metros with a quotient, in rank order. */
    public List<IndicatorPoint> ranked() {
        return metros.stream().filter(p -> p.official().employmentQuotient() != null).toList();
    }

    /** The area's rank by employment concentration (1 = most concentrated), or 0 when it has no quotient here. */
    public int rankOf(String areaFips) {
        List<IndicatorPoint> ranked = ranked();
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).areaFips().equals(areaFips)) {
                return i + 1;
            }
        }
        return 0;
    }
}
