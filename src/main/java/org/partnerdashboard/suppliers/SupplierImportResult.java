package org.partnerdashboard.suppliers;

/** What an import of a supplier list did: suppliers added, updated, found unchanged, matches skipped, rows left out. */
public record SupplierImportResult(int added, int updated, int unchanged, int skipped, int rejected) {
}
