package org.partnerdashboard.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupplierNamesTest {

    @Test
    void legalFormsPunctuationCaseAndSpacesDoNotTellCompaniesApart() {
        assertThat(SupplierNames.key("A.B.C. Machining, Inc.")).isEqualTo(SupplierNames.key("ABC Machining LLC"));
        assertThat(SupplierNames.key("Müller & Sons Corp.")).isEqualTo("mullerandsons");
        assertThat(SupplierNames.key("The Kedzie Tool Company")).isEqualTo("kedzietool");
    }

    @Test
    void differentCompaniesKeepDifferentKeys() {
        assertThat(SupplierNames.key("C & L Tool")).isNotEqualTo(SupplierNames.key("Tool Inc."));
        assertThat(SupplierNames.key("Inc.")).as("a name of only legal forms keeps them").isEqualTo("inc");
    }
}
