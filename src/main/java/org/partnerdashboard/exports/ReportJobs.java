package org.partnerdashboard.exports;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Builds board packs in the background, two at a time, as the user who asked (their access rules apply to every
 * figure), so the page stays responsive and shows progress.
 */
@Service
public class ReportJobs implements AutoCloseable {

    private final ChartExportService exports;
    private final SecurityContextHolderStrategy contexts;
    private final ExecutorService workers = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("board-pack-", 1).daemon().factory());

    ReportJobs(ChartExportService exports, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.exports = exports;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * Gathers the report's content and writes the PDF off the calling thread.
     *
     * @param progress receives 0 to 1 as the work goes on (from a worker thread)
     */
    public CompletableFuture<byte[]> start(Supplier<Report> content, Locale locale, DoubleConsumer progress) {
        SecurityContext caller = contexts.getContext();
        DelegatingSecurityContextExecutor asCaller = new DelegatingSecurityContextExecutor(workers, caller);
        asCaller.setSecurityContextHolderStrategy(contexts);
        return CompletableFuture.supplyAsync(() -> {
            progress.accept(0.02);
            Report report = content.get();
            progress.accept(0.15);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exports.report(report, locale, out, done -> progress.accept(0.15 + 0.85 * done));
            return out.toByteArray();
        }, asCaller);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
