package org.partnerdashboard.base;

import com.github.benmanes.caffeine.cache.AsyncCache;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * An answer computed once per key by the first caller, on its own thread (its transaction and signed-in user), while
 * later callers of the same key wait for it. A cache's own compute would hold a lock of its hash table for the whole
 * computation, and every key in that part of the table waits behind it: under load a query waiting for a pooled
 * connection held back unrelated questions for seconds (a profile of 200 users; docs/performance.md). A failed
 * computation is not kept: the caller sees its exception and the next one tries again.
 */
public final class ComputedOnce {

    private ComputedOnce() {
    }

    /** The cached answer for the key, or the one computed now. */
    public static <K, V> V get(AsyncCache<K, V> cache, K key, Supplier<? extends V> compute) {
        CompletableFuture<V> existing = cache.getIfPresent(key); // the usual case: answered, nothing to allocate
        CompletableFuture<V> mine = null;
        if (existing == null) {
            mine = new CompletableFuture<>();
            existing = cache.asMap().putIfAbsent(key, mine);
        }
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e); // the cache drops a failed answer
            throw e;
        }
    }
}
