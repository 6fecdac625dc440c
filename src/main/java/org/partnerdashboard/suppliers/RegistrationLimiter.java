package org.partnerdashboard.suppliers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Limits public registrations per network address: a fixed window per address that starts with its first
 * registration. Bounded in memory, so a flood of addresses cannot exhaust it.
 */
@Component
class RegistrationLimiter {

    private final RegistrationSettings settings;
    private final Cache<String, AtomicInteger> recent;

    RegistrationLimiter(RegistrationSettings settings) {
        this.settings = settings;
        this.recent = Caffeine.newBuilder().expireAfterWrite(settings.window()).maximumSize(100_000).build();
    }

    boolean mayRegister(String address) {
        AtomicInteger count = recent.getIfPresent(key(address));
        return count == null || count.get() < settings.perAddress();
    }

    void registered(String address) {
        recent.get(key(address), a -> new AtomicInteger()).incrementAndGet();
    }

    private static String key(String address) {
        return address == null ? "unknown" : address;
    }
}
