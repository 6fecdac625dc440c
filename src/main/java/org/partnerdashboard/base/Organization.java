package org.partnerdashboard.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A partner, community-based organization, training provider, employer or buyer. */
@Entity
public class Organization extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 40)
    private String shortName;

    @NotNull
    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;

    @Size(max = 100)
    private String city;

    @Column(name = "county_fips")
    private String countyFips;

    /** An employer's or buyer's main NAICS subsector. */
    @Column(name = "naics_code")
    private String naicsCode;

    protected Organization() {
    }

    public Organization(String name, OrganizationKind kind) {
        this.name = name;
        this.kind = kind;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
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

    public void setNaicsCode(String naicsCode) {
        this.naicsCode = naicsCode;
    }
}
