package org.partnerdashboard.suppliers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partnerdashboard.base.Industry;

/**
 * Everything staff see on a supplier's page: its registration, codes, certifications (also with their expiry dates
 * and standing, {@code certifications}) and decision history.
 */
public record SupplierDetails(long id, long version, String legalName, String street, String city, String stateCode,
        String zipCode, String countyName, String naicsCode, String subsectorTitle, List<Industry> industries,
        Set<Capability> capabilities, Set<QualityCertification> qualityCertifications,
        Set<DiversityCertification> diversityCertifications, String contactName, String contactEmail,
        String contactPhone, String website, Integer employeeCount, boolean buyAmerica, RegistrationStatus status,
        LocalDate registeredOn, String decisionReason, SupplierChoice mergedInto, SupplierChoice possibleDuplicateOf,
        List<HistoryEntry> history, List<HeldCertification> certifications) {

    /** One decision in the supplier's history; {@code related} is the other supplier of a merge. */
    public record HistoryEntry(Instant at, SupplierDecisionKind decision, String reason, SupplierChoice related,
            String by) {
    }
}
