package org.partnerdashboard.placements;

import jakarta.persistence.Column;
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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.partnerdashboard.base.AbstractEntity;
import org.partnerdashboard.base.Organization;

/** A job seeker placed by a community-based organization into a job, training or an apprenticeship. */
@Entity
public class Placement extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "placement_seq")
    @SequenceGenerator(name = "placement_seq", sequenceName = "placement_seq", allocationSize = 50)
    private Long id;

    @Size(max = 64)
    private String externalId;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_seeker_id")
    private JobSeeker jobSeeker;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placing_organization_id")
    private Organization placingOrganization;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id")
    private Organization employer;

    @NotBlank
    @Size(max = 150)
    private String jobTitle;

    /** The employer's NAICS manufacturing subsector for this job (311-339). */
    @NotNull
    @Column(name = "naics_code")
    private String naicsCode;

    @NotNull
    @Enumerated(EnumType.STRING)
    private PlacementType placementType;

    @NotNull
    private LocalDate startDate;

    private LocalDate endDate;

    /** Unpaid training has no wage. */
    @DecimalMin("7.25")
    @DecimalMax("200.00")
    private BigDecimal hourlyWage;

    private boolean fullTime;

    @NotNull
    @Enumerated(EnumType.STRING)
    private PlacementStatus status;

    /** The credential a completed training or apprenticeship earned, as written. */
    @Size(max = 150)
    private String credential;

    @NotNull
    private Instant createdAt;

    protected Placement() {
    }

    public Placement(JobSeeker jobSeeker, Organization placingOrganization, Organization employer, String jobTitle,
            String naicsCode, PlacementType placementType, LocalDate startDate, Instant createdAt) {
        this.jobSeeker = jobSeeker;
        this.placingOrganization = placingOrganization;
        this.employer = employer;
        this.jobTitle = jobTitle;
        this.naicsCode = naicsCode;
        this.placementType = placementType;
        this.startDate = startDate;
        this.status = PlacementStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public JobSeeker getJobSeeker() {
        return jobSeeker;
    }

    public Organization getPlacingOrganization() {
        return placingOrganization;
    }

    public Organization getEmployer() {
        return employer;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getNaicsCode() {
        return naicsCode;
    }

    public PlacementType getPlacementType() {
        return placementType;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getHourlyWage() {
        return hourlyWage;
    }

    public void setHourlyWage(BigDecimal hourlyWage) {
        this.hourlyWage = hourlyWage;
    }

    public boolean isFullTime() {
        return fullTime;
    }

    public void setFullTime(boolean fullTime) {
        this.fullTime = fullTime;
    }

    public PlacementStatus getStatus() {
        return status;
    }

    /** Applies an edit (the rules were checked by the service). */
    void update(Organization employer, String jobTitle, String naicsCode, PlacementType placementType,
            LocalDate startDate, LocalDate endDate, BigDecimal hourlyWage, boolean fullTime, PlacementStatus status) {
        this.employer = employer;
        this.jobTitle = jobTitle;
        this.naicsCode = naicsCode;
        this.placementType = placementType;
        this.startDate = startDate;
        this.endDate = endDate;
        this.hourlyWage = hourlyWage;
        this.fullTime = fullTime;
        this.status = status;
    }

    public String getCredential() {
        return credential;
    }

    void setCredential(String credential) {
        this.credential = credential == null || credential.isBlank() ? null : credential.trim();
    }

    /** Ends or completes the placement on a date not before its start. */
    public void close(PlacementStatus newStatus, LocalDate closedOn) {
        if (newStatus == PlacementStatus.ACTIVE || closedOn.isBefore(startDate)) {
            throw new IllegalArgumentException("A placement closes as completed or ended, on or after its start date");
        }
        this.status = newStatus;
        this.endDate = closedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
