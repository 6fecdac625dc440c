package org.partnerdashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.AreaName;
import org.partnerdashboard.base.County;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ReferenceDataService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Areas are data: research editors follow areas to compare with, whose files are then kept; H2 and PostgreSQL. */
@Transactional
@WithUserDetails("research.editor")
abstract class ComparisonAreaTests {

    @Autowired
    ComparisonAreaService areas;

    @Autowired
    IndicatorImportService imports;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFollowedCountyKeepsItsFileButNeverJoinsThePartnershipsCounties() {
        String franklin = QcewImportTests.resource("qcew/morpc_franklin_OH_39049_2020q1_open_data_slice.csv");
        assertThat(imports.importQcew("franklin.csv", franklin.getBytes(StandardCharsets.UTF_8)).kept())
                .as("not followed yet").isZero();

        areas.follow(" 39049 ", "Franklin County, OH");

        assertThat(imports.importQcew("franklin.csv", franklin.getBytes(StandardCharsets.UTF_8)).kept()).isEqualTo(22);
        assertThat(referenceData.areas()).filteredOn(a -> a.fips().equals("39049")).singleElement()
                .satisfies(a -> {
                    assertThat(a.partnership()).isFalse();
                    assertThat(a.kind().name()).isEqualTo("COUNTY");
                });
        assertThat(referenceData.counties()).extracting(County::fips).hasSize(7).doesNotContain("39049");
        assertThat(referenceData.areas()).extracting(AreaName::partnership).startsWith(true, true, true, true, true,
                true, true, true).endsWith(false);
        assertThatThrownBy(() -> areas.unfollow("39049")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("areas.error.has-figures");
    }

    @Test
    void everyProblemOfTheFormIsReportedAtOnce() {
        assertThatThrownBy(() -> areas.follow("Detroit", " ")).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.problems()).extracting(InvalidInputException::messageKey)
                        .containsExactly("areas.error.code", "error.required"));
        assertThatThrownBy(() -> areas.follow("c1982", "Detroit again")).isInstanceOfSatisfying(
                InvalidInputException.class, invalid -> assertThat(invalid.messageKey()).isEqualTo("areas.error.followed"));
        assertThatThrownBy(() -> areas.unfollow("17031")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("areas.error.partnership");
    }

    @Test
    void aStateAndTheNationAreFollowedByTheirCodesAndLetGoWithoutFigures() {
        areas.follow("US000", "U.S. TOTAL");
        areas.follow("26000", "Michigan -- Statewide");

        assertThat(jdbc.queryForList("SELECT kind FROM area WHERE fips IN ('US000', '26000') ORDER BY fips",
                String.class)).containsExactly("STATE", "NATION");
        areas.unfollow("26000");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM area WHERE fips = '26000'", Long.class)).isZero();
    }

    @Test
    @WithUserDetails("imec.staff")
    void onlyResearchEditorsChooseTheAreas() {
        assertThatThrownBy(() -> areas.follow("C1982", "Detroit")).isInstanceOf(AccessDeniedException.class);
    }
}
