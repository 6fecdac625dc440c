package org.partnerdashboard.sourcing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.partnerdashboard.base.AbstractEntity;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.DiversityCertification;
import org.partnerdashboard.suppliers.QualityCertification;

/** What a buyer or OEM needs, recorded by Supply Chain Center staff. */
@Entity
class SourcingRequest extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sourcing_request_seq")
    @SequenceGenerator(name = "sourcing_request_seq", sequenceName = "sourcing_request_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "buyer_id")
    private Organization buyer;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 4000)
    private String description;

    @Column(name = "naics_code")
    private String naicsCode;

    @ElementCollection
    @CollectionTable(name = "sourcing_request_capability", joinColumns = @JoinColumn(name = "sourcing_request_id"))
    @Column(name = "capability")
    @Enumerated(EnumType.STRING)
    private Set<Capability> requiredCapabilities = EnumSet.noneOf(Capability.class);

    @ElementCollection
    @CollectionTable(name = "sourcing_request_certification", joinColumns = @JoinColumn(name = "sourcing_request_id"))
    @Column(name = "certification")
    @Enumerated(EnumType.STRING)
    private Set<QualityCertification> requiredCertifications = EnumSet.noneOf(QualityCertification.class);

    /** Diversity certifications the buyer prefers (e.g. for supplier-diversity goals); a preference, not a must. */
    @ElementCollection
    @CollectionTable(name = "sourcing_request_diversity", joinColumns = @JoinColumn(name = "sourcing_request_id"))
    @Column(name = "certification")
    @Enumerated(EnumType.STRING)
    private Set<DiversityCertification> diversityPreferences = EnumSet.noneOf(DiversityCertification.class);

    @Positive
    private Integer quantity;

    private LocalDate dueDate;

    @Column(name = "preferred_county_fips")
    private String preferredCountyFips;

    private boolean buyAmericaRequired;

    @NotNull
    @Enumerated(EnumType.STRING)
    private SourcingRequestStatus status;

    @Size(max = 500)
    private String statusReason;

    @NotNull
    private LocalDate requestedOn;

    /** When the first supplier was introduced to the buyer. */
    private LocalDate introducedOn;

    /** When the request was awarded or closed. */
    private LocalDate finishedOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private RequestOrigin origin = RequestOrigin.STAFF;

    /** Whether suppliers may see the buyer's name on the opportunity. */
    private boolean buyerNameShown;

    protected SourcingRequest() {
    }

    public SourcingRequest(Organization buyer, String title, LocalDate requestedOn) {
        this.buyer = buyer;
        this.title = title;
        this.requestedOn = requestedOn;
        this.status = SourcingRequestStatus.OPEN;
    }

    public RequestOrigin getOrigin() {
        return origin;
    }

    void submittedByBuyer(boolean nameShown) {
        this.origin = RequestOrigin.BUYER;
        this.buyerNameShown = nameShown;
    }

    public boolean isBuyerNameShown() {
        return buyerNameShown;
    }

    void setBuyerNameShown(boolean buyerNameShown) {
        this.buyerNameShown = buyerNameShown;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Organization getBuyer() {
        return buyer;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setBuyer(Organization buyer) {
        this.buyer = buyer;
    }

    public Set<DiversityCertification> getDiversityPreferences() {
        return diversityPreferences;
    }

    public LocalDate getIntroducedOn() {
        return introducedOn;
    }

    public LocalDate getFinishedOn() {
        return finishedOn;
    }

    /**
     * Moves the request along its workflow.
     *
     * @throws InvalidInputException for a move the workflow does not allow, or closing without a reason
     */
    void moveTo(SourcingRequestStatus next, String reason, LocalDate on) {
        if (!status.next().contains(next)) {
            throw new InvalidInputException("sourcing.error.transition", "request-status." + status,
                    "request-status." + next);
        }
        if (next == SourcingRequestStatus.CLOSED && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("sourcing.error.close-reason");
        }
        if (next == SourcingRequestStatus.INTRODUCED && introducedOn == null) {
            introducedOn = on;
        }
        if (next.isFinished()) {
            finishedOn = on;
        }
        status = next;
        statusReason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getNaicsCode() {
        return naicsCode;
    }

    public void setNaicsCode(String naicsCode) {
        this.naicsCode = naicsCode;
    }

    public Set<Capability> getRequiredCapabilities() {
        return requiredCapabilities;
    }

    public Set<QualityCertification> getRequiredCertifications() {
        return requiredCertifications;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getPreferredCountyFips() {
        return preferredCountyFips;
    }

    public void setPreferredCountyFips(String preferredCountyFips) {
        this.preferredCountyFips = preferredCountyFips;
    }

    public boolean isBuyAmericaRequired() {
        return buyAmericaRequired;
    }

    public void setBuyAmericaRequired(boolean buyAmericaRequired) {
        this.buyAmericaRequired = buyAmericaRequired;
    }

    public SourcingRequestStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }
}
