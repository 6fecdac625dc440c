package org.partnerdashboard.indicators;

import java.util.Comparator;
import java.util.List;

/** A subsector's share of its area's manufacturing employment (NAICS 31-33) in one quarter, in percent. */
public record EmploymentShare(String industryCode, double percent) {

    /** The code of all manufacturing, the whole the shares are of. */
    public static final String MANUFACTURING = "31-33";

    /**
     * Each disclosed subsector's share, largest first; none when manufacturing's own total is withheld or missing
     * (a share of an unknown whole would mislead).
     */
    static List<EmploymentShare> of(List<IndicatorPoint> snapshot) {
        Integer total = snapshot.stream().filter(p -> p.industryCode().equals(MANUFACTURING) && p.disclosed())
                .map(IndicatorPoint::employment).findFirst().orElse(null);
        if (total == null || total == 0) {
            return List.of();
        }
        return snapshot.stream()
                .filter(p -> !p.industryCode().equals(MANUFACTURING) && p.disclosed() && p.employment() != null)
                .sorted(Comparator.comparing(IndicatorPoint::employment).reversed())
                .map(p -> new EmploymentShare(p.industryCode(), 100.0 * p.employment() / total))
                .toList();
    }
}
