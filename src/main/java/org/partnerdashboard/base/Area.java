package org.partnerdashboard.base;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * An area with indicators, keyed by its BLS QCEW area code: the partnership's seven Chicago-area counties and metro
 * area, or an area research editors follow to compare with.
 */
@Entity
public class Area {

    public enum Kind {
        COUNTY, METRO, STATE, NATION;

        /** From a BLS area code: "C1982" a metro area, "26000" a state, "US000" the nation, "26163" a county. */
        public static Kind of(String fips) {
            if (fips.equals("US000")) {
                return NATION;
            }
            return fips.startsWith("C") ? METRO : fips.endsWith("000") ? STATE : COUNTY;
        }
    }

    /** BLS's area codes: five digits (county or state), "C" and four digits (metro area), or "US000". */
    public static final String CODE_PATTERN = "\\d{5}|C\\d{4}|US000";

    @Id
    private String fips;

    private String name;

    private String stateCode;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private boolean partnershipArea;

    protected Area() {
    }

    /** An area followed to compare with the partnership's own. */
    public static Area comparison(String fips, String name) {
        Area area = new Area();
        area.fips = fips;
        area.name = name;
        area.kind = Kind.of(fips);
        area.stateCode = null;
        area.partnershipArea = false;
        return area;
    }

    public boolean isPartnershipArea() {
        return partnershipArea;
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
