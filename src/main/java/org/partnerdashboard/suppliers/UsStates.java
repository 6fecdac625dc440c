package org.partnerdashboard.suppliers;

import java.util.List;
import java.util.Map;

/** The two-letter codes of the US states and DC, for supplier addresses. */
public final class UsStates {

    public static final List<String> CODES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY");

    /** Codes by the states' names in capitals, and the abbreviations lists often use ("ILL", "WIS"). */
    public static final Map<String, String> BY_NAME = Map.ofEntries(Map.entry("ALABAMA", "AL"),
            Map.entry("ALASKA", "AK"), Map.entry("ARIZONA", "AZ"), Map.entry("ARKANSAS", "AR"),
            Map.entry("CALIFORNIA", "CA"), Map.entry("COLORADO", "CO"), Map.entry("CONNECTICUT", "CT"),
            Map.entry("DELAWARE", "DE"), Map.entry("DISTRICT OF COLUMBIA", "DC"), Map.entry("FLORIDA", "FL"),
            Map.entry("GEORGIA", "GA"), Map.entry("HAWAII", "HI"), Map.entry("IDAHO", "ID"), Map.entry("ILLINOIS", "IL"),
            Map.entry("ILL", "IL"), Map.entry("INDIANA", "IN"), Map.entry("IND", "IN"), Map.entry("IOWA", "IA"),
            Map.entry("KANSAS", "KS"), Map.entry("KENTUCKY", "KY"), Map.entry("LOUISIANA", "LA"),
            Map.entry("MAINE", "ME"), Map.entry("MARYLAND", "MD"), Map.entry("MASSACHUSETTS", "MA"),
            Map.entry("MICHIGAN", "MI"), Map.entry("MICH", "MI"), Map.entry("MINNESOTA", "MN"),
            Map.entry("MISSISSIPPI", "MS"), Map.entry("MISSOURI", "MO"), Map.entry("MONTANA", "MT"),
            Map.entry("NEBRASKA", "NE"), Map.entry("NEVADA", "NV"), Map.entry("NEW HAMPSHIRE", "NH"),
            Map.entry("NEW JERSEY", "NJ"), Map.entry("NEW MEXICO", "NM"), Map.entry("NEW YORK", "NY"),
            Map.entry("NORTH CAROLINA", "NC"), Map.entry("NORTH DAKOTA", "ND"), Map.entry("OHIO", "OH"),
            Map.entry("OKLAHOMA", "OK"), Map.entry("OREGON", "OR"), Map.entry("PENNSYLVANIA", "PA"),
            Map.entry("RHODE ISLAND", "RI"), Map.entry("SOUTH CAROLINA", "SC"), Map.entry("SOUTH DAKOTA", "SD"),
            Map.entry("TENNESSEE", "TN"), Map.entry("TEXAS", "TX"), Map.entry("UTAH", "UT"), Map.entry("VERMONT", "VT"),
            Map.entry("VIRGINIA", "VA"), Map.entry("WASHINGTON", "WA"), Map.entry("WEST VIRGINIA", "WV"),
            Map.entry("WISCONSIN", "WI"), Map.entry("WIS", "WI"), Map.entry("WYOMING", "WY"));

    private UsStates() {
    }
}
