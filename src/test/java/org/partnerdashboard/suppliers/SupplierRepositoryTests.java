package org.partnerdashboard.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Suppliers with their codes, capabilities and certifications survive a round trip; on H2 and PostgreSQL. */
abstract class SupplierRepositoryTests {

    @Autowired
    SupplierRepository suppliers;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void savesAndReloadsARegistrationWithAllItsSets() {
        Supplier registration = new Supplier("Round Trip Machining LLC", "Elk Grove Village", "IL", "332",
                LocalDate.of(2026, 5, 4));
        registration.setCountyFips("17031");
        registration.getNaicsCodes().add("332710");
        registration.getCapabilities().add(Capability.CNC_MACHINING);
        registration.getQualityCertifications().add(QualityCertification.AS9100);
        registration.getDiversityCertifications().add(DiversityCertification.WBE);
        registration.setBuyAmerica(true);
        Long id = suppliers.save(registration).getId();

        Supplier reloaded = transactions.execute(status -> {
            Supplier s = suppliers.findById(id).orElseThrow();
            s.getCapabilities().size();
            s.getNaicsCodes().size();
            s.getQualityCertifications().size();
            s.getDiversityCertifications().size();
            return s;
        });

        assertThat(reloaded.getRegistrationStatus()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(reloaded.getNaicsCodes()).containsExactly("332710");
        assertThat(reloaded.getCapabilities()).containsExactly(Capability.CNC_MACHINING);
        assertThat(reloaded.getQualityCertifications()).containsExactly(QualityCertification.AS9100);
        assertThat(reloaded.getDiversityCertifications()).containsExactly(DiversityCertification.WBE);
        assertThat(reloaded.isBuyAmerica()).isTrue();
        suppliers.deleteById(id);
    }

    @Test
    void demoDataHasRegistrationsInEveryReviewState() {
        for (RegistrationStatus status : RegistrationStatus.values()) {
            if (status == RegistrationStatus.IMPORTED) {
                continue; // imported lists are not registrations: the demo has none until staff import one
            }
            assertThat(suppliers.countByRegistrationStatus(status)).as(status.name()).isPositive();
        }
    }
}
