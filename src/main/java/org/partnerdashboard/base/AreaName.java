package org.partnerdashboard.base;

/** A Chicago-area county or the metro area, by its BLS QCEW area code. */
public record AreaName(String fips, String name) {

    /** "Cook County" for "Cook County, IL"; other names whole ("Chicago-Naperville-Elgin, IL-IN MSA"). */
    public String shortName() {
        return name.replaceFirst(",\\s*IL$", "");
    }
}
