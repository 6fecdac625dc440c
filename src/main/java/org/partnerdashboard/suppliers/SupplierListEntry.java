package org.partnerdashboard.suppliers;

import java.util.Set;

/**
 * One supplier as a list gives it, read and normalized ({@link SupplierListValues}): what an import writes.
 * Blank values are null; {@code primarySubsector} is null for a service provider.
 */
public record SupplierListEntry(String sourceRecordId, String legalName, String street, String city,
        String stateCode, String zipCode, String countyFips, String primarySubsector, Set<String> industries,
        String otherNaicsCodes, Set<QualityCertification> quality, Set<DiversityCertification> diversity,
        String otherCertifications, String contactName, String contactEmail, String contactPhone, String website,
        Integer employeeCount, String productsServices) {
}
