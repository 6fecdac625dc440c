package org.partnerdashboard.suppliers;

/**
 * The directory's facets; null means "any". {@code buyAmerica} true keeps only Buy America suppliers.
 *
 * @param status   the registration status; the directory shows approved suppliers unless asked otherwise
 * @param sourceId the imported list the suppliers came from
 */
public record SupplierFilter(String text, String subsectorCode, String naicsCode, Capability capability,
        QualityCertification qualityCertification, DiversityCertification diversityCertification, String countyFips,
        SizeBand size, Boolean buyAmerica, RegistrationStatus status, Long sourceId) {

    /** Any list, or none. */
    public SupplierFilter(String text, String subsectorCode, String naicsCode, Capability capability,
            QualityCertification qualityCertification, DiversityCertification diversityCertification,
            String countyFips, SizeBand size, Boolean buyAmerica, RegistrationStatus status) {
        this(text, subsectorCode, naicsCode, capability, qualityCertification, diversityCertification, countyFips, size,
                buyAmerica, status, null);
    }

    public static final SupplierFilter APPROVED = new SupplierFilter(null, null, null, null, null, null, null, null,
            null, RegistrationStatus.APPROVED);

    public SupplierFilter withText(String newText) {
        return new SupplierFilter(newText, subsectorCode, naicsCode, capability, qualityCertification,
                diversityCertification, countyFips, size, buyAmerica, status, sourceId);
    }
}
