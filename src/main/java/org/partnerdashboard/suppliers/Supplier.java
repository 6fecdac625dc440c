package org.partnerdashboard.suppliers;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerdashboard.base.AbstractEntity;

/** A manufacturer registered with the Supply Chain Center. */
@Entity
public class Supplier extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
    @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String legalName;

    @Size(max = 200)
    private String street;

    /** The legal name normalized for duplicate detection: see {@link SupplierNames#key}. */
    @NotBlank
    private String nameKey;

    @NotBlank
    @Size(max = 100)
    private String city;

    @NotBlank
    @Size(min = 2, max = 2)
    private String stateCode;

    @Size(max = 10)
    private String zipCode;

    @Column(name = "county_fips")
    private String countyFips;

    /** The primary NAICS manufacturing subsector (311-339); null for a service provider from an imported list. */
    @Column(name = "naics_code")
    private String naicsCode;

    /** The 6-digit NAICS codes the supplier works in. */
    @ElementCollection
    @CollectionTable(name = "supplier_naics_code", joinColumns = @JoinColumn(name = "supplier_id"))
    @Column(name = "naics_code")
    private Set<String> naicsCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "supplier_capability", joinColumns = @JoinColumn(name = "supplier_id"))
    @Column(name = "capability")
    @Enumerated(EnumType.STRING)
    private Set<Capability> capabilities = EnumSet.noneOf(Capability.class);

    @ElementCollection
    @CollectionTable(name = "supplier_quality_certification", joinColumns = @JoinColumn(name = "supplier_id"))
    @Column(name = "certification")
    @Enumerated(EnumType.STRING)
    private Set<QualityCertification> qualityCertifications = EnumSet.noneOf(QualityCertification.class);

    @ElementCollection
    @CollectionTable(name = "supplier_diversity_certification", joinColumns = @JoinColumn(name = "supplier_id"))
    @Column(name = "certification")
    @Enumerated(EnumType.STRING)
    private Set<DiversityCertification> diversityCertifications = EnumSet.noneOf(DiversityCertification.class);

    /** When each held certification runs out, by its code; a certification without a date has none on record. */
    @ElementCollection
    @CollectionTable(name = "supplier_certification_expiry", joinColumns = @JoinColumn(name = "supplier_id"))
    @MapKeyColumn(name = "certification")
    @Column(name = "expires_on")
    private Map<String, LocalDate> certificationExpiry = new HashMap<>();

    @Size(max = 150)
    private String contactName;

    @Email
    @Size(max = 200)
    private String contactEmail;

    @Size(max = 30)
    private String contactPhone;

    @Size(max = 200)
    private String website;

    @PositiveOrZero
    private Integer employeeCount;

    private boolean buyAmerica;

    @NotNull
    @Enumerated(EnumType.STRING)
    private RegistrationStatus registrationStatus;

    @NotNull
    private LocalDate registeredOn;

    private LocalDate decidedOn;

    /** The hash of the network address a public registration came from, and when (null for other suppliers). */
    private String registeredFrom;
    private Instant registeredAt;

    @Size(max = 500)
    private String decisionReason;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    /** An existing supplier this registration looks like; staff decide whether to merge. */
    @Column(name = "possible_duplicate_of_id")
    private Long possibleDuplicateOfId;

    /** The list this supplier was imported from, and that list's own id of it (null for registrations). */
    @Column(name = "source_id")
    private Long sourceId;

    @Size(max = 100)
    private String sourceRecordId;

    /** NAICS codes the list gave that are not the app's manufacturing industries, as written. */
    @Size(max = 500)
    private String otherNaicsCodes;

    /** Certifications the list gave that the app has no set for, as written. */
    @Size(max = 500)
    private String otherCertifications;

    @Size(max = 1000)
    private String productsServices;

    /** The company as an organization, once staff invited one of its people to the supplier space. */
    private Long organizationId;

    protected Supplier() {
    }

    /** A supplier read from a list: in the directory as imported, not yet verified, until staff verify it. */
    static Supplier imported(SupplierListEntry entry, long sourceId, LocalDate on) {
        Supplier supplier = new Supplier(entry.legalName(), entry.city(), entry.stateCode(), entry.primarySubsector(),
                on);
        supplier.registrationStatus = RegistrationStatus.IMPORTED;
        supplier.sourceId = sourceId;
        supplier.sourceRecordId = entry.sourceRecordId();
        supplier.apply(entry, false);
        return supplier;
    }

    /**
     * Takes a list's values: every value the list has ({@code onlyEmpty} false), or only those this supplier lacks.
     * A blank in the list never erases a value; codes and certifications are added. Returns whether anything changed.
     */
    boolean apply(SupplierListEntry entry, boolean onlyEmpty) {
        List<Object> before = snapshot();
        if (!onlyEmpty) {
            legalName = entry.legalName();
            nameKey = SupplierNames.key(legalName);
            city = entry.city();
            stateCode = entry.stateCode();
        }
        street = take(street, entry.street(), onlyEmpty);
        zipCode = take(zipCode, entry.zipCode(), onlyEmpty);
        countyFips = take(countyFips, entry.countyFips(), onlyEmpty);
        naicsCode = take(naicsCode, entry.primarySubsector(), onlyEmpty);
        otherNaicsCodes = take(otherNaicsCodes, entry.otherNaicsCodes(), onlyEmpty);
        otherCertifications = take(otherCertifications, entry.otherCertifications(), onlyEmpty);
        contactName = take(contactName, entry.contactName(), onlyEmpty);
        contactEmail = take(contactEmail, entry.contactEmail(), onlyEmpty);
        contactPhone = take(contactPhone, entry.contactPhone(), onlyEmpty);
        website = take(website, entry.website(), onlyEmpty);
        productsServices = take(productsServices, entry.productsServices(), onlyEmpty);
        if (entry.employeeCount() != null && (employeeCount == null || !onlyEmpty)) {
            employeeCount = entry.employeeCount();
        }
        naicsCodes.addAll(entry.industries());
        qualityCertifications.addAll(entry.quality());
        diversityCertifications.addAll(entry.diversity());
        return !before.equals(snapshot());
    }

    private static String take(String current, String offered, boolean onlyEmpty) {
        if (offered == null || offered.isBlank()) {
            return current;
        }
        return onlyEmpty && current != null && !current.isBlank() ? current : offered;
    }

    private List<Object> snapshot() {
        return Arrays.asList(legalName, city, stateCode, street, zipCode, countyFips, naicsCode, otherNaicsCodes,
                otherCertifications, contactName, contactEmail, contactPhone, website, productsServices, employeeCount,
                Set.copyOf(naicsCodes), Set.copyOf(qualityCertifications), Set.copyOf(diversityCertifications));
    }

    /** Staff checked an imported supplier: it joins the approved directory. */
    void verify(LocalDate on) {
        if (registrationStatus != RegistrationStatus.IMPORTED) {
            throw new IllegalStateException("Only an imported supplier is verified");
        }
        registrationStatus = RegistrationStatus.APPROVED;
        decidedOn = on;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getSourceRecordId() {
        return sourceRecordId;
    }

    public String getOtherNaicsCodes() {
        return otherNaicsCodes;
    }

    public String getOtherCertifications() {
        return otherCertifications;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    void setProductsServices(String productsServices) {
        this.productsServices = productsServices;
    }

    void linkOrganization(long organizationId) {
        this.organizationId = organizationId;
    }

    public String getProductsServices() {
        return productsServices;
    }

    /** A new registration: it waits as pending until staff review it. */
    public Supplier(String legalName, String city, String stateCode, String naicsCode, LocalDate registeredOn) {
        this.legalName = legalName;
        this.nameKey = SupplierNames.key(legalName);
        this.city = city;
        this.stateCode = stateCode;
        this.naicsCode = naicsCode;
        this.registeredOn = registeredOn;
        this.registrationStatus = RegistrationStatus.PENDING;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getCity() {
        return city;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getZipCode() {
        return zipCode;
    }

    public void setZipCode(String zipCode) {
        this.zipCode = zipCode;
    }

    public String getCountyFips() {
        return countyFips;
    }

    public void setCountyFips(String countyFips) {
        this.countyFips = countyFips;
    }

    public String getNaicsCode() {
        return naicsCode;
    }

    public Set<String> getNaicsCodes() {
        return naicsCodes;
    }

    public Set<Capability> getCapabilities() {
        return capabilities;
    }

    public Set<QualityCertification> getQualityCertifications() {
        return qualityCertifications;
    }

    public Set<DiversityCertification> getDiversityCertifications() {
        return diversityCertifications;
    }

    /** When each held certification runs out (read-only; staff change it by verifying a proposal). */
    public Map<String, LocalDate> getCertificationExpiry() {
        return Collections.unmodifiableMap(certificationExpiry);
    }

    /** Whether the supplier holds the certification, whatever its date. */
    boolean holds(Enum<?> certification) {
        return certification instanceof QualityCertification q ? qualityCertifications.contains(q)
                : diversityCertifications.contains((DiversityCertification) certification);
    }

    /** Holds the certification until the date (a verified addition or renewal). */
    void grant(Enum<?> certification, LocalDate expiresOn) {
        if (certification instanceof QualityCertification q) {
            qualityCertifications.add(q);
        } else {
            diversityCertifications.add((DiversityCertification) certification);
        }
        certificationExpiry.put(certification.name(), expiresOn);
    }

    /** No longer holds the certification (a verified removal). */
    void withdraw(Enum<?> certification) {
        qualityCertifications.remove(certification);
        diversityCertifications.remove(certification);
        certificationExpiry.remove(certification.name());
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Integer getEmployeeCount() {
        return employeeCount;
    }

    public void setEmployeeCount(Integer employeeCount) {
        this.employeeCount = employeeCount;
    }

    public boolean isBuyAmerica() {
        return buyAmerica;
    }

    public void setBuyAmerica(boolean buyAmerica) {
        this.buyAmerica = buyAmerica;
    }

    public RegistrationStatus getRegistrationStatus() {
        return registrationStatus;
    }

    /** Notes where a public registration came from, for the per-address limit. */
    void registeredFrom(String addressHash, Instant at) {
        registeredFrom = addressHash;
        registeredAt = at;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Long getPossibleDuplicateOfId() {
        return possibleDuplicateOfId;
    }

    void flagPossibleDuplicateOf(Long supplierId) {
        this.possibleDuplicateOfId = supplierId;
    }

    public boolean isPending() {
        return registrationStatus == RegistrationStatus.PENDING;
    }

    public void approve(LocalDate on) {
        decide(RegistrationStatus.APPROVED, on, null);
    }

    public void reject(LocalDate on, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        decide(RegistrationStatus.REJECTED, on, reason);
    }

    /**
     * Merges this pending registration into an existing supplier: the supplier gains the registration's codes,
     * capabilities and certifications, and any contact details it lacks; this registration is closed as merged.
     */
    void mergeInto(Supplier existing, LocalDate on) {
        if (existing.registrationStatus != RegistrationStatus.APPROVED || existing.equals(this)) {
            throw new IllegalStateException("A registration is merged into another, approved supplier");
        }
        decide(RegistrationStatus.MERGED, on, null);
        this.mergedIntoId = existing.getId();
        existing.naicsCodes.addAll(naicsCodes);
        existing.capabilities.addAll(capabilities);
        existing.qualityCertifications.addAll(qualityCertifications);
        existing.diversityCertifications.addAll(diversityCertifications);
        certificationExpiry.forEach((code, date) -> existing.certificationExpiry.merge(code, date,
                (kept, merged) -> kept.isAfter(merged) ? kept : merged));
        existing.buyAmerica = existing.buyAmerica || buyAmerica;
        existing.street = firstPresent(existing.street, street);
        existing.zipCode = firstPresent(existing.zipCode, zipCode);
        existing.countyFips = firstPresent(existing.countyFips, countyFips);
        existing.contactName = firstPresent(existing.contactName, contactName);
        existing.contactEmail = firstPresent(existing.contactEmail, contactEmail);
        existing.contactPhone = firstPresent(existing.contactPhone, contactPhone);
        existing.website = firstPresent(existing.website, website);
        if (existing.employeeCount == null) {
            existing.employeeCount = employeeCount;
        }
    }

    private static String firstPresent(String current, String offered) {
        return current == null || current.isBlank() ? offered : current;
    }

    private void decide(RegistrationStatus status, LocalDate on, String reason) {
        if (registrationStatus != RegistrationStatus.PENDING) {
            throw new IllegalStateException("Only a pending registration can be decided");
        }
        this.registrationStatus = status;
        this.decidedOn = on;
        this.decisionReason = reason;
    }
}
