package org.partnerdashboard.suppliers;

import java.time.LocalDate;
import java.util.List;

/** One supplier in the directory grid. {@code countyName} is null outside the Chicago-area counties. */
public record SupplierRow(long id, String legalName, String city, String stateCode, String countyName,
        String naicsCode, String subsectorTitle, Integer employeeCount, boolean buyAmerica, RegistrationStatus status,
        LocalDate registeredOn, List<QualityCertification> qualityCertifications,
        List<DiversityCertification> diversityCertifications) {
}
