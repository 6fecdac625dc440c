package org.partnerdashboard.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.partnerdashboard.base.BackgroundJobs;
import org.springframework.stereotype.Service;

/**
 * Builds board packs in the background as the user who asked (their access rules apply to every figure), so the
 * page stays responsive and shows progress.
 */
@Service
public class ReportJobs {

    private final ChartExportService exports;
    private final BackgroundJobs jobs;

    ReportJobs(ChartExportService exports, BackgroundJobs jobs) {
        this.exports = exports;
        this.jobs = jobs;
    }

    /**
     * Gathers the report's content and writes the PDF off the calling thread.
     *
     * @param progress receives 0 to 1 as the work goes on (from a worker thread)
     */
    public CompletableFuture<byte[]> start(Supplier<Report> content, Locale locale, DoubleConsumer progress) {
        return jobs.run(() -> {
            progress.accept(0.02);
            Report report = content.get();
            progress.accept(0.15);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exports.report(report, locale, out, done -> progress.accept(0.15 + 0.85 * done));
            return out.toByteArray();
        });
    }

    /** Gathers the report's content and writes it as a workbook (cover and figures, then a sheet per chart). */
    public CompletableFuture<byte[]> startSpreadsheet(Supplier<Report> content, DoubleConsumer progress) {
        return jobs.run(() -> {
            progress.accept(0.02);
            Report report = content.get();
            progress.accept(0.6);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ReportSpreadsheet.write(report, out);
            } catch (IOException impossible) { // a byte array does not fail
                throw new UncheckedIOException(impossible);
            }
            progress.accept(1);
            return out.toByteArray();
        });
    }
}
