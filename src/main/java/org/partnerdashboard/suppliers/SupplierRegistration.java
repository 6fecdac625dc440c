package org.partnerdashboard.suppliers;

import java.util.List;
import java.util.Set;

/**
 * What a manufacturer enters on the public registration page.
 *
 * @param naicsCodes six-digit NAICS manufacturing codes; the first one's subsector becomes the primary subsector
 * @param countyFips one of the Chicago-area counties, or null for elsewhere
 */
public record SupplierRegistration(String legalName, String street, String city, String stateCode, String zipCode,
        String countyFips, String contactName, String contactEmail, String contactPhone, String website,
        List<String> naicsCodes, Set<Capability> capabilities, Set<QualityCertification> qualityCertifications,
        Set<DiversityCertification> diversityCertifications, Integer employeeCount, boolean buyAmerica) {
}
