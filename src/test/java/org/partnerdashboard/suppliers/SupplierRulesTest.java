package org.partnerdashboard.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.InvalidInputException;

/** A registration's rules; every message names its field first so the form can mark it. */
class SupplierRulesTest {

    private static final Set<String> INDUSTRIES = Set.of("332710", "333517");
    private static final Set<String> COUNTIES = Set.of("17031", "17043");

    private static SupplierRegistration registration(String state, String zip, String county, String email,
            String website, List<String> naics, Integer employees) {
        return new SupplierRegistration("Acme Tool Inc.", "1 Main St", "Chicago", state, zip, county, "Ana Ruiz",
                email, "773-555-0100", website, naics, Set.of(), Set.of(), Set.of(), employees, true);
    }

    private static SupplierRegistration valid() {
        return registration("IL", "60608-1234", "17031", "ana@acme.example", "acme.example/tools",
                List.of("332710"), 40);
    }

    private static void fails(UnaryOperator<SupplierRegistration> change, String key, String field) {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> SupplierRules.check(change.apply(valid()), INDUSTRIES, COUNTIES));
        assertThat(invalid).as(key).isNotNull();
        assertThat(invalid.messageKey()).isEqualTo(key);
        assertThat(invalid.arguments()[0]).isEqualTo(field);
    }

    @Test
    void aCompleteRegistrationPasses() {
        assertThatCode(() -> SupplierRules.check(valid(), INDUSTRIES, COUNTIES)).doesNotThrowAnyException();
    }

    @Test
    void addressRules() {
        fails(r -> registration("XX", "60608", null, r.contactEmail(), null, r.naicsCodes(), 40),
                "supplier.error.state", "supplier.state");
        fails(r -> registration("IL", "6060", null, r.contactEmail(), null, r.naicsCodes(), 40),
                "supplier.error.zip", "supplier.zip");
        fails(r -> registration("IN", "46320", "17031", r.contactEmail(), null, r.naicsCodes(), 40),
                "supplier.error.county", "supplier.county");
    }

    @Test
    void contactAndWebsiteRules() {
        fails(r -> registration("IL", "60608", null, "ana(at)acme", null, r.naicsCodes(), 40),
                "supplier.error.email", "supplier.contact-email");
        fails(r -> registration("IL", "60608", null, r.contactEmail(), "not a site", r.naicsCodes(), 40),
                "supplier.error.website", "supplier.website");
    }

    @Test
    void industriesAndSizeRules() {
        fails(r -> registration("IL", "60608", null, r.contactEmail(), null, List.of(), 40),
                "supplier.error.naics-required", "supplier.naics-codes");
        fails(r -> registration("IL", "60608", null, r.contactEmail(), null, List.of("999999"), 40),
                "supplier.error.naics-unknown", "supplier.naics-codes");
        fails(r -> registration("IL", "60608", null, r.contactEmail(), null, r.naicsCodes(), 0),
                "supplier.error.employees", "supplier.employees");
        fails(r -> registration("IL", "60608", null, r.contactEmail(), null, r.naicsCodes(), null),
                "error.required", "supplier.employees");
    }

    /** Every broken rule at once, in the form's order, one per field: the visitor fixes them all in one go. */
    @Test
    void everyFieldThatIsWrongIsNamedAtOnce() {
        SupplierRegistration empty = new SupplierRegistration(" ", null, "", "IL", "6060", null, "", "ana(at)acme",
                null, "not a site", List.of(), Set.of(), Set.of(), Set.of(), null, false);

        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class,
                () -> SupplierRules.check(empty, INDUSTRIES, COUNTIES));

        assertThat(invalid.problems()).extracting(InvalidInputException::fieldKey).containsExactly(
                "supplier.legal-name", "supplier.city", "supplier.zip", "supplier.website", "supplier.employees",
                "supplier.contact-name", "supplier.contact-email", "supplier.naics-codes");
        assertThat(invalid.problems()).extracting(InvalidInputException::messageKey).containsExactly(
                "error.required", "error.required", "supplier.error.zip", "supplier.error.website", "error.required",
                "error.required", "supplier.error.email", "supplier.error.naics-required");
        assertThat(invalid.messageKey()).isEqualTo("error.required"); // the exception stands for the first
    }
}
