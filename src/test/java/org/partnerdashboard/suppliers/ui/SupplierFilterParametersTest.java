package org.partnerdashboard.suppliers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.DiversityCertification;
import org.partnerdashboard.suppliers.QualityCertification;
import org.partnerdashboard.suppliers.RegistrationStatus;
import org.partnerdashboard.suppliers.SizeBand;
import org.partnerdashboard.suppliers.SupplierFilter;

class SupplierFilterParametersTest {

    @Test
    void everyFacetSurvivesTheRoundTripThroughTheUrl() {
        SupplierFilter filter = new SupplierFilter("precision", "332", "332710", Capability.values()[0],
                QualityCertification.ISO_9001, DiversityCertification.values()[0], "17043", SizeBand.FROM_20_TO_99,
                true, RegistrationStatus.PENDING, 7L);

        QueryParameters query = SupplierFilterParameters.toQuery(filter);

        assertThat(query.getParameters()).containsEntry("county", List.of("17043"))
                .containsEntry("quality", List.of("ISO_9001")).containsEntry("status", List.of("PENDING"))
                .containsEntry("buyAmerica", List.of("true")).containsEntry("source", List.of("7")).hasSize(11);
        assertThat(SupplierFilterParameters.fromQuery(QueryParameters.fromString(query.getQueryString())))
                .isEqualTo(filter);
    }

    @Test
    void approvedSuppliersAreTheDefaultAndAnyStatusIsSpelledOut() {
        assertThat(SupplierFilterParameters.toQuery(SupplierFilter.APPROVED).getQueryString()).isEmpty();
        assertThat(SupplierFilterParameters.fromQuery(QueryParameters.empty())).isEqualTo(SupplierFilter.APPROVED);

        SupplierFilter any = new SupplierFilter(null, null, null, null, null, null, null, null, null, null);
        assertThat(SupplierFilterParameters.toQuery(any).getParameters()).isEqualTo(Map.of("status", List.of("any")));
        assertThat(SupplierFilterParameters.fromQuery(QueryParameters.fromString("status=any"))).isEqualTo(any);
    }

    @Test
    void valuesThatDoNotParseAreDropped() {
        SupplierFilter filter = SupplierFilterParameters.fromQuery(QueryParameters.fromString(
                "county=cook&quality=ISO_1&size=HUGE&source=x&status=LOST&subsector=999&naics=12&buyAmerica=maybe"));

        assertThat(filter).isEqualTo(SupplierFilter.APPROVED);
    }
}
