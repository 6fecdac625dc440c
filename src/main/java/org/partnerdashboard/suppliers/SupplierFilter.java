package org.partnerdashboard.suppliers;

/**
 * The directory's facets; null means "any". {@code buyAmerica} true keeps only Buy America suppliers.
 *
 * @param status the registration status; the directory shows approved suppliers unless asked otherwise
 */
public record SupplierFilter(String text, String subsectorCode, String naicsCode, Capability capability,
        QualityCertification qualityCertification, DiversityCertification diversityCertification, String countyFips,
        SizeBand size, Boolean buyAmerica, RegistrationStatus status) {

    public static final SupplierFilter APPROVED = new SupplierFilter(null, null, null, null, null, null, null, null,
            null, RegistrationStatus.APPROVED);

    public SupplierFilter withText(String newText) {
        return new SupplierFilter(newText, subsectorCode, naicsCode, capability, qualityCertification,
                diversityCertification, countyFips, size, buyAmerica, status);
    }
}
