package org.partnerdashboard.indicators;

import java.time.Instant;

/** A past import, as the import page lists it. */
public record IndicatorImportRow(Instant importedAt, String fileName, String importedBy, int kept, int added,
        int updated, int unchanged, int ignored) {
}
