package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.partnerdashboard.dashboards.DashboardFilter;

/** The overview's filter in the URL ("?from=2026-01-01&county=17031&subsector=332&organization=12"), both ways. */
final class DashboardFilterParameters {

    private DashboardFilterParameters() {
    }

    static QueryParameters toQuery(DashboardFilter f) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        put(params, "from", f.from());
        put(params, "to", f.to());
        put(params, "county", f.countyFips());
        put(params, "subsector", f.subsectorCode());
        put(params, "organization", f.organizationId());
        return new QueryParameters(params);
    }

    /** Unknown or malformed values are dropped, never an error: a mangled link still opens. */
    static DashboardFilter fromQuery(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        return new DashboardFilter(get(params, "from", LocalDate::parse), get(params, "to", LocalDate::parse),
                get(params, "county", v -> v.matches("17\\d{3}") ? v : null),
                get(params, "subsector", v -> v.matches("3[1-3]\\d") ? v : null),
                get(params, "organization", Long::valueOf));
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
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            return null;
        }
    }
}
