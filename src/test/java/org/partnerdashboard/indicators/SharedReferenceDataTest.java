package org.partnerdashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.AreaName;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Reference data is read once for everyone; an area followed or let go shows at once (each change commits in its own
 * transaction here: inside a test transaction nothing is shared).
 */
@PartnerDashboardTest
@WithUserDetails("research.editor")
class SharedReferenceDataTest {

    @Autowired
    ComparisonAreaService areas;

    @Autowired
    ReferenceDataService referenceData;

    @Test
    void aFollowedAreaShowsAtOnceAndGoesWhenLetGo() {
        assertThat(referenceData.areas()).isSameAs(referenceData.areas()); // one list, shared
        assertThat(referenceData.subsectors()).isSameAs(referenceData.subsectors());

        areas.follow("C3346", "Minneapolis-St. Paul-Bloomington, MN-WI");
        assertThat(referenceData.areas()).extracting(AreaName::fips).contains("C3346");

        areas.unfollow("C3346");
        assertThat(referenceData.areas()).extracting(AreaName::fips).doesNotContain("C3346");
    }
}
