package org.partnerdashboard.suppliers;

import java.time.Instant;

/** One import of a supplier list as the history shows it. */
public record SupplierImportHistoryRow(String source, String fileName, String importedBy, Instant importedAt,
        int rowsRead, int added, int updated, int unchanged, int skipped, int rejected) {
}
