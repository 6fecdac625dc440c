package org.partnerdashboard.placements.ui;

import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.partnerdashboard.placements.PlacementFilter;
import org.partnerdashboard.placements.PlacementStatus;
import org.partnerdashboard.placements.PlacementType;

/**
 * The placements filter as URL query parameters, so a filtered view can be bookmarked and shared. Values that do
 * not parse are dropped, never fatal: a mistyped link opens the unfiltered list.
 */
final class PlacementFilterParameters {

    private PlacementFilterParameters() {
    }

    static QueryParameters toQuery(PlacementFilter f) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        put(params, "organization", f.organizationId());
        put(params, "employer", f.employerId());
        put(params, "subsector", f.naicsCode());
        put(params, "type", f.type());
        put(params, "status", f.status());
        put(params, "from", f.startFrom());
        put(params, "to", f.startTo());
        put(params, "wageMin", f.wageMin() == null ? null : f.wageMin().toPlainString());
        put(params, "wageMax", f.wageMax() == null ? null : f.wageMax().toPlainString());
        put(params, "q", f.text() == null || f.text().isBlank() ? null : f.text().trim());
        return new QueryParameters(params);
    }

    static PlacementFilter fromQuery(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        return new PlacementFilter(
                get(params, "organization", Long::valueOf),
                get(params, "employer", Long::valueOf),
                get(params, "subsector", value -> value.matches("3[1-3]\\d") ? value : null),
                get(params, "type", PlacementType::valueOf),
                get(params, "status", PlacementStatus::valueOf),
                get(params, "from", LocalDate::parse),
                get(params, "to", LocalDate::parse),
                get(params, "wageMin", BigDecimal::new),
                get(params, "wageMax", BigDecimal::new),
                get(params, "q", value -> value.length() > 100 ? value.substring(0, 100) : value));
    }

    private static void put(Map<String, List<String>> params, String name, Object value) {
        if (value != null) {
            params.put(name, List.of(value.toString()));
        }
    }

    private static <T> T get(Map<String, List<String>> params, String name, Function<String, T> parse) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            return null;
        }
        try {
            return parse.apply(values.getFirst().trim());
        } catch (RuntimeException unparseable) {
            return null;
        }
    }
}
