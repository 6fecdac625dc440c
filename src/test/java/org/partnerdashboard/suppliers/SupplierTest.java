package org.partnerdashboard.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SupplierTest {

    private final Supplier registration = new Supplier("Acme Stamping Co.", "Cicero", "IL", "332", LocalDate.of(2026, 1, 5));

    @Test
    void aNewRegistrationWaitsForReview() {
        assertThat(registration.getRegistrationStatus()).isEqualTo(RegistrationStatus.PENDING);
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThatThrownBy(() -> registration.reject(LocalDate.of(2026, 1, 9), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(registration.getRegistrationStatus()).isEqualTo(RegistrationStatus.PENDING);
    }

    @Test
    void aDecidedRegistrationCannotBeDecidedAgain() {
        registration.approve(LocalDate.of(2026, 1, 9));

        assertThatThrownBy(() -> registration.reject(LocalDate.of(2026, 1, 10), "Not a manufacturer"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(registration.getDecidedOn()).isEqualTo(LocalDate.of(2026, 1, 9));
    }
}
