package org.partnerdashboard.suppliers;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;

/** A list suppliers were imported from ("IMA members 2026"): named once, its imports and suppliers point to it. */
@Entity
class SupplierSource {

    static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_source_seq")
    @SequenceGenerator(name = "supplier_source_seq", sequenceName = "supplier_source_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = MAX_NAME)
    private String name;

    /** The name as compared: "IMA Members 2026" and "ima members  2026" are one source. */
    @NotBlank
    private String nameKey;

    @NotBlank
    private String createdBy;

    private Instant createdAt;

    protected SupplierSource() {
    }

    SupplierSource(String name, String createdBy, Instant createdAt) {
        this.name = name.trim();
        this.nameKey = key(name);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }
}
