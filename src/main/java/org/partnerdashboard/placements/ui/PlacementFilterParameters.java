package org.partnerdashboard.placements.ui;

import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.UrlParameters;
import org.partnerdashboard.placements.PlacementFilter;
import org.partnerdashboard.placements.PlacementStatus;
import org.partnerdashboard.placements.PlacementType;

/**
 * The placements filter as URL query parameters, so a filtered view can be bookmarked and shared. Values that do
 * not parse are dropped, never fatal: a mistyped link opens the unfiltered list.
 */
public final class PlacementFilterParameters {

    private PlacementFilterParameters() {
    }

    /** The placements grid's address for this filter: how other pages link into the grid. */
    public static String link(PlacementFilter f) {
        String query = toQuery(f).getQueryString();
        return query.isEmpty() ? "placements" : "placements?" + query;
    }

    static QueryParameters toQuery(PlacementFilter f) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        UrlParameters.put(params, "organization", f.organizationId());
        UrlParameters.put(params, "employer", f.employerId());
        UrlParameters.put(params, "subsector", f.naicsCode());
        UrlParameters.put(params, "type", f.type());
        UrlParameters.put(params, "status", f.status());
        UrlParameters.put(params, "from", f.startFrom());
        UrlParameters.put(params, "to", f.startTo());
        UrlParameters.put(params, "wageMin", f.wageMin() == null ? null : f.wageMin().toPlainString());
        UrlParameters.put(params, "wageMax", f.wageMax() == null ? null : f.wageMax().toPlainString());
        UrlParameters.putSearch(params, f.text());
        return new QueryParameters(params);
    }

    static PlacementFilter fromQuery(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        return new PlacementFilter(
                UrlParameters.get(params, "organization", Long::valueOf),
                UrlParameters.get(params, "employer", Long::valueOf),
                UrlParameters.get(params, "subsector", value -> Subsector.isCode(value) ? value : null),
                UrlParameters.get(params, "type", PlacementType::valueOf),
                UrlParameters.get(params, "status", PlacementStatus::valueOf),
                UrlParameters.get(params, "from", LocalDate::parse),
                UrlParameters.get(params, "to", LocalDate::parse),
                UrlParameters.get(params, "wageMin", BigDecimal::new),
                UrlParameters.get(params, "wageMax", BigDecimal::new),
                UrlParameters.search(params));
    }
}
