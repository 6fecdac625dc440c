package org.partnerdashboard.suppliers;

import java.time.Clock;
import org.partnerdashboard.base.Secrets;
import org.springframework.stereotype.Component;

/**
 * Limits public registrations per network address: at most {@code perAddress} in the last {@code window}, counted
 * from the registrations themselves in the database (each notes the address as a hash), so every instance agrees.
 */
@Component
class RegistrationLimiter {

    private final RegistrationSettings settings;
    private final SupplierRepository suppliers;
    private final Clock clock;

    RegistrationLimiter(RegistrationSettings settings, SupplierRepository suppliers, Clock clock) {
        this.settings = settings;
        this.suppliers = suppliers;
        this.clock = clock;
    }

    boolean mayRegister(String address) {
        return suppliers.countByRegisteredFromAndRegisteredAtAfter(key(address),
                clock.instant().minus(settings.window())) < settings.perAddress();
    }

    /** What a registration notes of the address it came from: a hash, never the address itself. */
    static String key(String address) {
        return Secrets.hash("registration:" + (address == null ? "unknown" : address));
    }
}
