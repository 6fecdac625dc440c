package org.partnerdashboard.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * The one way long work leaves a request (board packs, large imports): a few workers, each job run as the user who
 * started it, so their access rules apply to everything it reads and writes. Views report progress through push.
 */
@Service
public class BackgroundJobs implements AutoCloseable {

    private static final int WORKERS = 4;

    private final SecurityContextHolderStrategy contexts;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS,
            Thread.ofPlatform().name("background-job-", 1).daemon().factory());

    BackgroundJobs(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Runs the work on a worker as the calling user; the future completes with its result or its exception. */
    public <T> CompletableFuture<T> run(Supplier<T> work) {
        DelegatingSecurityContextExecutor asCaller = new DelegatingSecurityContextExecutor(workers,
                contexts.getContext());
        asCaller.setSecurityContextHolderStrategy(contexts);
        return CompletableFuture.supplyAsync(work, asCaller);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
