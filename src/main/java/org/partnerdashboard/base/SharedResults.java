package org.partnerdashboard.base;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Results computed once and shared by every user asking the same question (dashboard figures, grid counts) until
 * their program's data changes: a placement saved recomputes placement results, not supplier counts. Keys carry the
 * program's generation, so a result computed while a change commits is stored under the old generation and never
 * served. Holds no user data beyond what callers put in their keys (results that depend on the viewer say so there).
 */
@Component
public class SharedResults {

    private record Key(Program program, long generation, Object question) {
    }

    private final AsyncCache<Key, Object> results = Caffeine.newBuilder().maximumSize(2_000).buildAsync();
    private final Map<Program, AtomicLong> generations = new EnumMap<>(Program.class);
    private final AtomicLong computations = new AtomicLong();

    SharedResults() {
        for (Program program : Program.values()) {
            generations.put(program, new AtomicLong());
        }
    }

    /**
     * The shared answer to a question about a program's data, computed on first use. Inside a writing transaction
     * it may include changes that are later rolled back, so it is computed for the caller alone and not shared.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Program program, Object question, Supplier<T> compute) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        return (T) ComputedOnce.get(results, new Key(program, generations.get(program).get(), question), () -> {
            computations.incrementAndGet();
            return compute.get();
        });
    }

    /** After the change commits: later questions compute anew; the old answers go. */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(DataChange change) {
        generations.get(change.program()).incrementAndGet();
        results.asMap().keySet().removeIf(key -> key.program() == change.program());
    }

    /** How many results were computed rather than served: for tests and the benchmark. */
    public long computations() {
        return computations.get();
    }
}
