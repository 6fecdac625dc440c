package org.partnerdashboard.suppliers.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.UrlParameters;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.DiversityCertification;
import org.partnerdashboard.suppliers.QualityCertification;
import org.partnerdashboard.suppliers.RegistrationStatus;
import org.partnerdashboard.suppliers.SizeBand;
import org.partnerdashboard.suppliers.SupplierFilter;

/**
 * The directory's facets as URL query parameters, so a scouted list ("ISO 9001 machine shops in DuPage") can be
 * bookmarked and shared. Approved suppliers need no parameter (the directory's default); any status is
 * {@code status=any}. Values that do not parse are dropped, never fatal.
 */
final class SupplierFilterParameters {

    private static final String ANY = "any";

    private SupplierFilterParameters() {
    }

    static QueryParameters toQuery(SupplierFilter f) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        UrlParameters.putSearch(params, f.text());
        UrlParameters.put(params, "subsector", f.subsectorCode());
        UrlParameters.put(params, "naics", f.naicsCode());
        UrlParameters.put(params, "capability", f.capability());
        UrlParameters.put(params, "quality", f.qualityCertification());
        UrlParameters.put(params, "diversity", f.diversityCertification());
        UrlParameters.put(params, "county", f.countyFips());
        UrlParameters.put(params, "size", f.size());
        UrlParameters.put(params, "buyAmerica", Boolean.TRUE.equals(f.buyAmerica()) ? true : null);
        UrlParameters.put(params, "status", f.status() == RegistrationStatus.APPROVED ? null
                : f.status() == null ? ANY : f.status());
        UrlParameters.put(params, "source", f.sourceId());
        return new QueryParameters(params);
    }

    static SupplierFilter fromQuery(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        boolean anyStatus = ANY.equals(UrlParameters.get(params, "status", value -> value));
        RegistrationStatus status = UrlParameters.get(params, "status", RegistrationStatus::valueOf);
        return new SupplierFilter(
                UrlParameters.search(params),
                UrlParameters.get(params, "subsector", value -> Subsector.isCode(value) ? value : null),
                UrlParameters.get(params, "naics", value -> value.matches("\\d{4,6}") ? value : null),
                UrlParameters.get(params, "capability", Capability::valueOf),
                UrlParameters.get(params, "quality", QualityCertification::valueOf),
                UrlParameters.get(params, "diversity", DiversityCertification::valueOf),
                UrlParameters.get(params, "county", value -> value.matches("\\d{5}") ? value : null),
                UrlParameters.get(params, "size", SizeBand::valueOf),
                UrlParameters.get(params, "buyAmerica", value -> Boolean.parseBoolean(value) ? true : null),
                anyStatus ? null : Objects.requireNonNullElse(status, RegistrationStatus.APPROVED),
                UrlParameters.get(params, "source", Long::valueOf));
    }
}
