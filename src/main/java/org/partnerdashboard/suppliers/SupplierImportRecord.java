package org.partnerdashboard.suppliers;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import of a supplier list, for the history: which list, which file, who, when, and what it did. */
@Entity
@Table(name = "supplier_import")
class SupplierImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_import_seq")
    @SequenceGenerator(name = "supplier_import_seq", sequenceName = "supplier_import_seq", allocationSize = 50)
    private Long id;

    private long sourceId;
    private String fileName;
    private String importedBy;
    private Instant importedAt;
    private int rowsRead;
    private int added;
    private int updated;
    private int unchanged;
    private int skipped;
    private int rejected;

    protected SupplierImportRecord() {
    }

    SupplierImportRecord(long sourceId, String fileName, String importedBy, Instant importedAt, int rowsRead,
            SupplierImportResult result) {
        this.sourceId = sourceId;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.rowsRead = rowsRead;
        this.added = result.added();
        this.updated = result.updated();
        this.unchanged = result.unchanged();
        this.skipped = result.skipped();
        this.rejected = result.rejected();
    }
}
