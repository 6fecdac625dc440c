package org.partnerdashboard.suppliers;

import java.util.List;

/** Every row of a supplier list and what importing it would do, before anything is written. */
public record SupplierImportPreview(List<SupplierImportRow> rows) {

    public SupplierImportPreview {
        rows = List.copyOf(rows);
    }

    public long count(SupplierImportRow.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
