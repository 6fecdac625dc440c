package org.partnerdashboard.placements;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.Program;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The placements grid's count and footer totals per filter and scope, shared by everyone looking at the same rows
 * until placements change: a status filter the rollup cannot answer counts hundreds of thousands of rows, and a
 * roundtable morning has many people asking the same question. Keys carry the data's generation, so a count
 * computed while a change commits is stored under the old generation and never served.
 */
@Component
class GridTotals {

    /** The grid's count (index-only where an index covers the filter) and its footer totals (read the rows). */
    enum Kind { COUNT, TOTALS }

    private record Key(long generation, Kind kind, PlacementFilter filter, Long scopeOrganizationId) {
    }

    private final Cache<Key, Object> figures = Caffeine.newBuilder().maximumSize(2_000).build();
    private final AtomicLong generation = new AtomicLong();

    @SuppressWarnings("unchecked")
    <T> T get(Kind kind, PlacementFilter filter, Long scopeOrganizationId, Supplier<T> compute) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get(); // may include changes that are rolled back: for this caller only
        }
        return (T) figures.get(new Key(generation.get(), kind, filter, scopeOrganizationId), key -> compute.get());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(DataChange change) {
        if (change.program() == Program.PLACEMENTS) {
            generation.incrementAndGet();
            figures.invalidateAll();
        }
    }
}
