package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerdashboard.base.County;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.UrlParameters;
import org.partnerdashboard.dashboards.DashboardFilter;

/** The overview's filter in the URL ("?from=2026-01-01&county=17031&subsector=332&organization=12"), both ways. */
final class DashboardFilterParameters {

    private DashboardFilterParameters() {
    }

    static QueryParameters toQuery(DashboardFilter f) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        UrlParameters.put(params, "from", f.from());
        UrlParameters.put(params, "to", f.to());
        UrlParameters.put(params, "county", f.countyFips());
        UrlParameters.put(params, "subsector", f.subsectorCode());
        UrlParameters.put(params, "organization", f.organizationId());
        return new QueryParameters(params);
    }

    /** Unknown or malformed values are dropped, never an error: a mangled link still opens. */
    static DashboardFilter fromQuery(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        return new DashboardFilter(UrlParameters.get(params, "from", LocalDate::parse),
                UrlParameters.get(params, "to", LocalDate::parse),
                UrlParameters.get(params, "county", v -> County.isIllinoisFips(v) ? v : null),
                UrlParameters.get(params, "subsector", v -> Subsector.isCode(v) ? v : null),
                UrlParameters.get(params, "organization", Long::valueOf));
    }
}
