package org.partnerdashboard.dashboards;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.partnerdashboard.base.Program;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Dashboard figures computed once and shared by every open dashboard until their program's data changes: a placement
 * saved recomputes placement figures, not supplier counts. Holds no user data beyond what its callers put under their
 * key (breakdowns are keyed by the kind of viewer).
 */
@Component
class SharedFigures {

    private record Key(Program program, String name) {
    }

    private final Cache<Key, Object> figures = Caffeine.newBuilder().maximumSize(500).build();
    private final AtomicLong computations = new AtomicLong();

    /**
     * The shared figure of a program, computed on first use. Inside a writing transaction the figure may include
     * changes that are later rolled back, so it is computed for the caller alone and not shared.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Program program, String name, Supplier<T> compute) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        return (T) figures.get(new Key(program, name), k -> {
            computations.incrementAndGet();
            return compute.get();
        });
    }

    void clear(Program program) {
        figures.asMap().keySet().removeIf(key -> key.program() == program);
    }

    long computations() {
        return computations.get();
    }
}
