package org.partnerdashboard.suppliers;

/** A supplier as pickers show it: "Acme Tool & Die (Elk Grove Village, IL)". */
public record SupplierChoice(long id, String legalName, String city, String stateCode) {

    public String label() {
        return legalName + " (" + city + ", " + stateCode + ")";
    }
}
