package org.partnerdashboard.base;

/**
 * An area with indicators, by its BLS QCEW area code: one of the partnership's (the seven Chicago-area counties and
 * the metro area) or one followed to compare with.
 */
public record AreaName(String fips, String name, Area.Kind kind, boolean partnership) {

    /** "Cook County" for "Cook County, IL"; other names whole ("Chicago-Naperville-Elgin, IL-IN MSA"). */
    public String shortName() {
        return name.replaceFirst(",\\s*IL$", "");
    }
}
