package org.partnerdashboard.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.TabularWriter;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.springframework.stereotype.Service;

/**
 * Chart snapshots, the numbers behind charts and board packs, drawn in this process (never by an export server) and
 * each recorded in the audit trail. Callers pass only what the user already sees.
 */
@Service
public class ChartExportService {

    static final int COMPACT_WIDTH = 640;
    static final int COMPACT_HEIGHT = 400;

    private final AuditService audit;

    public ChartExportService(AuditService audit) {
        this.audit = audit;
    }

    public byte[] snapshot(ChartData chart, Provenance provenance, ChartFormat format, Locale locale) {
        byte[] file = ChartFiles.write(format, chart, provenance, locale);
        audit.record(AuditAction.EXPORT, "chart", null, format + " · " + chart.title() + " · " + provenance.filters());
        return file;
    }

    /**
     * A snapshot sized for a narrow column (an e-mail's 600 pixels, a phone): laid out at 640 × 400 so its words stay
     * readable when shrunk, drawn at twice that for sharp screens.
     */
    public byte[] compactPng(ChartData chart, Provenance provenance, Locale locale) {
        return ChartFiles.png(chart, provenance, locale, 2, COMPACT_WIDTH, COMPACT_HEIGHT);
    }

    /** The chart's numbers as a table (category, one column per series); withheld figures are empty cells. */
    public void numbers(ChartData chart, String categoryColumn, TabularFormat format, OutputStream out)
            throws IOException {
        try (TabularWriter writer = TabularWriter.open(format, out, chart.header(categoryColumn))) {
            for (var row : chart.rows()) {
                writer.row(row);
            }
        }
        audit.record(AuditAction.EXPORT, "chart-data", null, format + " · " + chart.title());
    }

    /** A board pack as PDF, written to the stream; progress goes from 0 to 1. */
    public void report(Report report, Locale locale, OutputStream out, DoubleConsumer progress) {
        ReportWriter.write(report, locale, out, progress);
        audit.record(AuditAction.EXPORT, "board-pack", null, report.title() + " · " + report.charts().size()
                + " charts · " + String.join("; ", report.filters()));
    }
}
