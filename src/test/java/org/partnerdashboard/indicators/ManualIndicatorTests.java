package org.partnerdashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Figures QCEW lacks, entered by research editors; on H2 and PostgreSQL. */
@Transactional
@WithUserDetails("research.editor")
abstract class ManualIndicatorTests {

    private static final Quarter Q = new Quarter(2025, 3);

    @Autowired
    ManualIndicatorService manual;

    private static ManualIndicatorDraft openings(String value, String source) {
        return new ManualIndicatorDraft("332", "17031", Q, ManualMeasure.JOB_OPENINGS, new BigDecimal(value), source,
                "Postings active on the last day of the quarter");
    }

    @Test
    void aFigureIsEnteredCorrectedAndRemoved() {
        long id = manual.create(openings("1240", "Lightcast job postings"));
        ManualIndicatorRow row = manual.find(Set.of("332"), Set.of("17031"), Q, Q).getFirst();
        assertThat(row.data().value()).isEqualByComparingTo("1240");
        assertThat(row.enteredBy()).isEqualTo("research.editor");

        manual.update(id, row.version(), openings("1310", "Lightcast job postings"));
        ManualIndicatorRow corrected = manual.find(Set.of("332"), Set.of("17031"), Q, Q).getFirst();
        assertThat(corrected.data().value()).isEqualByComparingTo("1310");
        assertThatThrownBy(() -> manual.update(id, row.version(), openings("1", "Lightcast job postings")))
                .isInstanceOf(ConcurrentEditException.class);

        manual.delete(id, corrected.version());
        assertThat(manual.find(Set.of("332"), Set.of("17031"), Q, Q)).isEmpty();
    }

    @Test
    void oneValuePerSourceMeasureAndCell() {
        manual.create(openings("1240", "Lightcast job postings"));

        assertThatThrownBy(() -> manual.create(openings("1250", "lightcast job postings ")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("manual.error.duplicate");
        assertThat(manual.create(openings("1100", "Illinois workNet"))).isPositive();
    }

    @Test
    void valuesMustMakeSenseForTheirMeasure() {
        assertThatThrownBy(() -> manual.create(new ManualIndicatorDraft("332", "17031", Q,
                ManualMeasure.HIRING_PLANS_PERCENT, new BigDecimal("140"), "IMA survey", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("manual.error.value-range");
        assertThatThrownBy(() -> manual.create(openings("12.5", "Postings")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("manual.error.decimals");
        assertThatThrownBy(() -> manual.create(openings("12", " ")))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.required[manual.source]");
        assertThatThrownBy(() -> manual.create(new ManualIndicatorDraft("541", "17031", Q, ManualMeasure.JOB_OPENINGS,
                BigDecimal.ONE, "x", null))).isInstanceOf(InvalidInputException.class)
                .hasMessage("error.required[manual.industry]");
    }

    @Test
    @WithUserDetails("executive")
    void everyoneReadsOnlyEditorsWrite() {
        assertThat(manual.find(List.of("332"), List.of("17031"), Q, Q)).isEmpty();
        assertThatThrownBy(() -> manual.create(openings("1", "x"))).isInstanceOf(AccessDeniedException.class);
    }
}
