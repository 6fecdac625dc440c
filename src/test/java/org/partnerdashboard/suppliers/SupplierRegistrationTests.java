package org.partnerdashboard.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The public registration, as an anonymous visitor: validation, duplicates, the rate limit; on H2 and PostgreSQL. */
@Transactional
abstract class SupplierRegistrationTests {

    @Autowired
    SupplierRegistrationService registrations;

    @Autowired
    SupplierRepository suppliers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegistrationSettings settings;

    @Autowired
    Clock clock;

    static SupplierRegistration valid(String name) {
        return new SupplierRegistration(name, "2200 W Fulton St", "Chicago", "IL", "60612", "17031", "Ana Ruiz",
                "Ana@Example-Works.com", "(312) 555-0142", "www.example-works.com", List.of("332710", "333514"),
                EnumSet.of(Capability.CNC_MACHINING, Capability.TOOL_AND_DIE), EnumSet.of(QualityCertification.ISO_9001),
                EnumSet.of(DiversityCertification.WBE), 42, true);
    }

    @Test
    void aRegistrationArrivesAsPendingWithEverythingEntered() {
        RegistrationReceipt receipt = registrations.register(valid("Fulton Precision Works LLC"), "10.1.0.1");

        suppliers.flush();
        Supplier s = suppliers.findById(receipt.supplierId()).orElseThrow();
        assertThat(s.getRegistrationStatus()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(s.getNaicsCode()).as("the first code's subsector is primary").isEqualTo("332");
        assertThat(s.getNaicsCodes()).containsExactlyInAnyOrder("332710", "333514");
        assertThat(s.getCapabilities()).containsExactlyInAnyOrder(Capability.CNC_MACHINING, Capability.TOOL_AND_DIE);
        assertThat(s.getContactEmail()).isEqualTo("ana@example-works.com");
        assertThat(s.getNameKey()).isEqualTo("fultonprecisionworks");
        assertThat(s.getPossibleDuplicateOfId()).isNull();
        assertThat(receipt.reference()).isEqualTo("SCC-2026-" + s.getId());
        assertThat(jdbc.queryForObject("SELECT decision FROM supplier_decision WHERE supplier_id = ?", String.class,
                s.getId())).isEqualTo("REGISTERED");
    }

    @Test
    void everyRuleHasAClearMessageNamingItsField() {
        SupplierRegistration ok = valid("Rule Check Manufacturing");
        assertRejected(new SupplierRegistration(" ", ok.street(), ok.city(), "IL", ok.zipCode(), null, ok.contactName(),
                ok.contactEmail(), null, null, ok.naicsCodes(), Set.of(), Set.of(), Set.of(), 5, false),
                "error.required", "supplier.legal-name");
        assertRejected(new SupplierRegistration(ok.legalName(), null, ok.city(), "IL", "6061", null, ok.contactName(),
                ok.contactEmail(), null, null, ok.naicsCodes(), Set.of(), Set.of(), Set.of(), 5, false),
                "supplier.error.zip", "supplier.zip");
        assertRejected(new SupplierRegistration(ok.legalName(), null, "Gary", "IN", "46402", "17031", ok.contactName(),
                ok.contactEmail(), null, null, ok.naicsCodes(), Set.of(), Set.of(), Set.of(), 5, false),
                "supplier.error.county", "supplier.county");
        assertRejected(new SupplierRegistration(ok.legalName(), null, ok.city(), "IL", "60612", null, ok.contactName(),
                "not-an-email", null, null, ok.naicsCodes(), Set.of(), Set.of(), Set.of(), 5, false),
                "supplier.error.email", "supplier.contact-email");
        assertRejected(new SupplierRegistration(ok.legalName(), null, ok.city(), "IL", "60612", null, ok.contactName(),
                ok.contactEmail(), null, null, List.of(), Set.of(), Set.of(), Set.of(), 5, false),
                "supplier.error.naics-required", "supplier.naics-codes");
        assertRejected(new SupplierRegistration(ok.legalName(), null, ok.city(), "IL", "60612", null, ok.contactName(),
                ok.contactEmail(), null, null, List.of("541330"), Set.of(), Set.of(), Set.of(), 5, false),
                "supplier.error.naics-unknown", "supplier.naics-codes");
        assertRejected(new SupplierRegistration(ok.legalName(), null, ok.city(), "IL", "60612", null, ok.contactName(),
                ok.contactEmail(), null, null, ok.naicsCodes(), Set.of(), Set.of(), Set.of(), 0, false),
                "supplier.error.employees", "supplier.employees");
        assertRejected(new SupplierRegistration("x".repeat(201), null, ok.city(), "IL", "60612", null, ok.contactName(),
                ok.contactEmail(), null, null, ok.naicsCodes(), Set.of(), Set.of(), Set.of(), 5, false),
                "supplier.error.too-long", "supplier.legal-name");
        assertRejected(new SupplierRegistration(ok.legalName(), null, ok.city(), "ZZ", "60612", null, ok.contactName(),
                ok.contactEmail(), null, null, ok.naicsCodes(), Set.of(), Set.of(), Set.of(), 5, false),
                "supplier.error.state", "supplier.state");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier WHERE legal_name = ?", Long.class, ok.legalName()))
                .as("nothing half-written").isZero();
    }

    @Test
    void aLikelyDuplicateIsFlaggedForStaffNotMerged() {
        Object[] existing = jdbc.queryForObject("SELECT id, legal_name FROM supplier WHERE registration_status = 'APPROVED'"
                + " ORDER BY id FETCH FIRST 1 ROWS ONLY", (row, i) -> new Object[] {row.getLong(1), row.getString(2)});
        String sameCompany = ((String) existing[1]).toUpperCase().replace(" ", "  ") + ", Inc.";

        RegistrationReceipt receipt = registrations.register(valid(sameCompany), "10.1.0.2");

        Supplier s = suppliers.findById(receipt.supplierId()).orElseThrow();
        assertThat(s.getPossibleDuplicateOfId()).isEqualTo(existing[0]);
        assertThat(s.getRegistrationStatus()).isEqualTo(RegistrationStatus.PENDING);
    }

    @Test
    void aSecondRegistrationWithTheSameEmailIsFlaggedToo() {
        RegistrationReceipt first = registrations.register(valid("Alpha Widget Company"), "10.1.0.3");
        RegistrationReceipt second = registrations.register(valid("Completely Different Name"), "10.1.0.3");

        assertThat(suppliers.findById(second.supplierId()).orElseThrow().getPossibleDuplicateOfId())
                .isEqualTo(first.supplierId());
    }

    @Test
    void oneAddressMayRegisterOnlyAFewTimesAnHour() {
        for (int i = 0; i < 5; i++) {
            registrations.register(valid("Rate Limited Shop " + i), "10.1.0.99");
        }
        assertThatThrownBy(() -> registrations.register(valid("Rate Limited Shop 6"), "10.1.0.99"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("registration.error.rate-limit");
        assertThat(registrations.register(valid("Another Network Shop"), "10.1.0.100").supplierId()).isPositive();
    }

    @Test
    void theLimitIsCountedInTheDatabaseSoEveryInstanceKeepsIt() {
        for (int i = 0; i < 5; i++) {
            registrations.register(valid("Shared Limit Shop " + i), "10.1.0.77");
        }
        RegistrationLimiter anotherInstance = new RegistrationLimiter(settings, suppliers, clock);

        assertThat(anotherInstance.mayRegister("10.1.0.77")).isFalse();
        assertThat(anotherInstance.mayRegister("10.1.0.78")).isTrue();
        assertThat(jdbc.queryForList("SELECT registered_from FROM supplier WHERE legal_name LIKE 'Shared Limit Shop%'",
                String.class)).hasSize(5).allSatisfy(from -> assertThat(from).hasSize(64).doesNotContain("10.1"));
    }

    private void assertRejected(SupplierRegistration registration, String key, String field) {
        assertThatThrownBy(() -> registrations.register(registration, "10.1.0.50"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()[0]).isEqualTo(field);
                });
    }
}
