package org.partnerdashboard.placements;

import java.util.List;

/** Every row of an import with its outcome, and the totals. Nothing has been written yet. */
public record ImportPreview(List<ImportRow> rows) {

    public long count(ImportRow.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
