package org.partnerdashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JpqlConditionsTest {

    private static final List<List<String>> LEADS = List.of(List.of("p.organization"),
            List.of("p.organization", "p.status"));

    @Test
    void anOrderIsLedByTheFixedColumnsOfTheIndexThatHoldsItInTheIndexsOrderAndTheFirstKeysDirection() {
        JpqlConditions statusThenOrganization = new JpqlConditions().addEqual("p.status", "status", "ENDED")
                .addEqual("p.organization", "organization", 4L);

        assertThat(statusThenOrganization.orderBy("p.wage desc nulls last, p.id", true, LEADS))
                .isEqualTo(" order by p.organization desc, p.status desc, p.wage desc nulls last, p.id");
        assertThat(statusThenOrganization.orderBy("p.wage asc nulls last, p.id", false, LEADS))
                .isEqualTo(" order by p.organization, p.status, p.wage asc nulls last, p.id");
    }

    @Test
    void aColumnFixedTwiceIsNamedOnce() {
        JpqlConditions scopeAndFilter = new JpqlConditions().addEqual("p.organization", "scope", 4L)
                .addEqual("p.organization", "organization", 4L);

        assertThat(scopeAndFilter.where()).isEqualTo(" where p.organization = :scope and p.organization = :organization");
        assertThat(scopeAndFilter.orderBy("p.start desc", true, LEADS))
                .isEqualTo(" order by p.organization desc, p.start desc");
    }

    @Test
    void theOrderIsLeftAloneWhenAnotherConditionMightFindTheRowsFaster() {
        JpqlConditions withEmployer = new JpqlConditions().addEqual("p.organization", "organization", 4L)
                .add("p.employer = :employer", "employer", 9L);

        assertThat(withEmployer.orderBy("p.start desc", true, LEADS)).isEqualTo(" order by p.start desc");
    }

    @Test
    void theOrderIsLeftAloneWhenNoIndexLeadsWithTheFixedColumns() {
        JpqlConditions subsector = new JpqlConditions().addEqual("p.subsector", "subsector", "332")
                .addEqual("p.organization", "organization", null);

        assertThat(subsector.orderBy("p.start desc", true, LEADS)).isEqualTo(" order by p.start desc");
        assertThat(new JpqlConditions().orderBy("p.start desc", true, LEADS)).isEqualTo(" order by p.start desc");
    }
}
