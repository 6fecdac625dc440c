package org.partnerdashboard.exports;

import java.time.Instant;
import java.util.List;

/** What a frozen snapshot shows: the numbers as they were when it was taken, with their provenance. */
public record SnapshotContent(String title, String subtitle, Provenance provenance, List<Report.Figure> figures,
        List<ChartData> charts) {

    public SnapshotContent {
        figures = List.copyOf(figures);
        charts = List.copyOf(charts);
    }

    /** An opened snapshot: its content, who took it and when, and until when the link works. */
    /** @param revocable whether the reader may revoke the link (its taker, or an administrator) */
    public record Opened(long id, SnapshotContent content, String takenBy, Instant takenAt, Instant expiresAt,
            boolean revocable) {
    }
}
