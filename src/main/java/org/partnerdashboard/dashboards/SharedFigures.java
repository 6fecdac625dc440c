package org.partnerdashboard.dashboards;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Dashboard figures computed once and shared by every open dashboard until the data changes. Holds no user data
 * beyond what its callers put under their key (breakdowns are keyed by the kind of viewer).
 */
@Component
class SharedFigures {

    private final Cache<String, Object> figures = Caffeine.newBuilder().maximumSize(200).build();
    private final AtomicLong computations = new AtomicLong();

    /**
     * The shared figure, computed on first use. Inside a writing transaction the figure may include changes that
     * are later rolled back, so it is computed for the caller alone and not shared.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        return (T) figures.get(key, k -> {
            computations.incrementAndGet();
            return compute.get();
        });
    }

    void clear() {
        figures.invalidateAll();
    }

    long computations() {
        return computations.get();
    }
}
