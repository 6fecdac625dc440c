package org.partnerdashboard.base;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A Chicago-area county or the metro area, keyed by its BLS QCEW area code. Read-only. */
@Entity
public class Area {

    public enum Kind { COUNTY, METRO }

    @Id
    private String fips;

    private String name;

    private String stateCode;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected Area() {
    }

    public String getFips() {
        return fips;
    }

    public String getName() {
        return name;
    }

    public String getStateCode() {
        return stateCode;
    }

    public Kind getKind() {
        return kind;
    }
}
