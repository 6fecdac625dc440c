package org.partnerdashboard.indicators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One imported file and what it changed. Never changed. */
@Entity
@Immutable
class IndicatorImport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_import_seq")
    @SequenceGenerator(name = "indicator_import_seq", sequenceName = "indicator_import_seq", allocationSize = 50)
    private Long id;

    private String fileName;
    private String sha256;
    private String source;
    private int rowsKept;
    private int rowsAdded;
    private int rowsUpdated;
    private int rowsUnchanged;
    private int rowsIgnored;
    private String importedBy;
    private Instant importedAt;
    private String batchId;

    protected IndicatorImport() {
    }

    IndicatorImport(String batchId, String fileName, String sha256, String source, QcewImportResult result,
            String importedBy, Instant importedAt) {
        this.batchId = batchId;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.sha256 = sha256;
        this.source = source;
        this.rowsKept = (int) result.kept();
        this.rowsAdded = (int) result.added();
        this.rowsUpdated = (int) result.updated();
        this.rowsUnchanged = (int) result.unchanged();
        this.rowsIgnored = (int) result.ignored();
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }
}
