package org.partnerdashboard.sourcing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.suppliers.Capability;

/** A request says who buys and what is needed; each broken rule names its field first. */
class SourcingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Set<String> SUBSECTORS = Set.of("332", "333");
    private static final Set<String> COUNTIES = Set.of("17031");

    private static SourcingRequestDraft draft(String naics, Set<Capability> capabilities, Integer quantity,
            LocalDate due, String county) {
        return new SourcingRequestDraft(4L, "Machined housings", null, naics, capabilities, Set.of(), Set.of(),
                quantity, due, county, false);
    }

    private static void fails(SourcingRequestDraft draft, String key, String field) {
        assertThatThrownBy(() -> SourcingRules.check(draft, SUBSECTORS, COUNTIES, TODAY))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException invalid = (InvalidInputException) e;
                    Assertions.assertThat(invalid.messageKey()).isEqualTo(key);
                    Assertions.assertThat(invalid.arguments()[0]).isEqualTo(field);
                });
    }

    @Test
    void aSubsectorOrACapabilitySaysWhatIsNeeded() {
        assertThatCode(() -> SourcingRules.check(draft("332", Set.of(), 500, TODAY, "17031"), SUBSECTORS, COUNTIES,
                TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> SourcingRules.check(draft(null, Set.of(Capability.values()[0]), null, null, null),
                SUBSECTORS, COUNTIES, TODAY)).doesNotThrowAnyException();
        fails(draft(null, Set.of(), null, null, null), "sourcing.error.what-is-needed", "sourcing.subsector");
        fails(draft("541", Set.of(), null, null, null), "sourcing.error.subsector", "sourcing.subsector");
    }

    @Test
    void quantitiesDueDatesAndCountiesAreChecked() {
        fails(draft("332", Set.of(), 0, null, null), "sourcing.error.quantity", "sourcing.quantity");
        fails(draft("332", Set.of(), null, TODAY.minusDays(1), null), "sourcing.error.due-date", "sourcing.due-date");
        fails(draft("332", Set.of(), null, null, "17999"), "sourcing.error.county", "sourcing.preferred-county");
    }
}
