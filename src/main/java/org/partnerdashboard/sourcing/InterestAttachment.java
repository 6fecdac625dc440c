package org.partnerdashboard.sourcing;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/** A file attached to a supplier's interest; its content is read only when staff download it. */
@Entity
@Table(name = "interest_attachment")
class InterestAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interest_attachment_seq")
    @SequenceGenerator(name = "interest_attachment_seq", sequenceName = "interest_attachment_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interest_id")
    private SupplierInterest interest;

    @NotNull
    private String fileName;

    @NotNull
    private String contentType;

    private int sizeBytes;

    @NotNull
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected InterestAttachment() {
    }

    InterestAttachment(SupplierInterest interest, String fileName, String contentType, byte[] content) {
        this.interest = interest;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
    }

    Long getId() {
        return id;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content;
    }
}
