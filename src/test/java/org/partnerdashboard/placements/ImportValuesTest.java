package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Cell texts as community organizations write them; null where a value cannot be read (never a guess). */
class ImportValuesTest {

    @Test
    void datesInIsoOrUsOrder() {
        assertThat(ImportValues.date("2026-03-02")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(ImportValues.date("4/6/2026")).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(ImportValues.date("13/40/2026")).isNull();
        assertThat(ImportValues.date("next week")).isNull();
    }

    @Test
    void wagesWithDollarSignsAndSeparators() {
        assertThat(ImportValues.wage("$21.00")).isEqualByComparingTo("21.00");
        assertThat(ImportValues.wage(" 1,019.50 ")).isEqualByComparingTo(new BigDecimal("1019.50"));
        assertThat(ImportValues.wage("twenty")).isNull();
    }

    @Test
    void typesStatusesAndYesNoInTheirCommonSpellings() {
        assertThat(ImportValues.type("Direct hire")).isEqualTo(PlacementType.DIRECT_HIRE);
        assertThat(ImportValues.type("direct_hire")).isEqualTo(PlacementType.DIRECT_HIRE);
        assertThat(ImportValues.type("internship?")).isNull();
        assertThat(ImportValues.status("Employed")).isEqualTo(PlacementStatus.ACTIVE);
        assertThat(ImportValues.status("graduated")).isEqualTo(PlacementStatus.COMPLETED);
        assertThat(ImportValues.yesNo("Y")).isTrue();
        assertThat(ImportValues.yesNo("part-time")).isFalse();
        assertThat(ImportValues.yesNo("maybe")).isNull();
    }

    @Test
    void subsectorsFromACodeATitleOrASixDigitIndustry() {
        assertThat(ImportValues.subsector("332")).isEqualTo("332");
        assertThat(ImportValues.subsector("332 Fabricated Metal Product Manufacturing")).isEqualTo("332");
        assertThat(ImportValues.subsector("332710")).isEqualTo("332");
        assertThat(ImportValues.subsector("541330")).as("engineering services: not manufacturing").isNull();
        assertThat(ImportValues.subsector("33")).isNull();
    }
}
