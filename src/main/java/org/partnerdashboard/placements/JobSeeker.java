package org.partnerdashboard.placements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.partnerdashboard.base.AbstractEntity;
import org.partnerdashboard.base.Organization;

/** A person a community-based organization serves. Personal data: names and contacts are protected. */
@Entity
class JobSeeker extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_seeker_seq")
    @SequenceGenerator(name = "job_seeker_seq", sequenceName = "job_seeker_seq", allocationSize = 50)
    private Long id;

    /** The referring organization's own id for this person, so re-imports do not duplicate. */
    @Size(max = 64)
    private String externalId;

    @NotBlank
    @Size(max = 100)
    private String firstName;

    @NotBlank
    @Size(max = 100)
    private String lastName;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 30)
    private String phone;

    @Pattern(regexp = "\\d{5}(-\\d{4})?")
    private String zipCode;

    @Column(name = "community_area_number")
    private Integer communityAreaNumber;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referring_organization_id")
    private Organization referringOrganization;

    @NotNull
    private Instant createdAt;

    protected JobSeeker() {
    }

    public JobSeeker(String firstName, String lastName, Organization referringOrganization, Instant createdAt) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.referringOrganization = referringOrganization;
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

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getZipCode() {
        return zipCode;
    }

    public void setZipCode(String zipCode) {
        this.zipCode = zipCode;
    }

    public Integer getCommunityAreaNumber() {
        return communityAreaNumber;
    }

    public void setCommunityAreaNumber(Integer communityAreaNumber) {
        this.communityAreaNumber = communityAreaNumber;
    }

    public Organization getReferringOrganization() {
        return referringOrganization;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
