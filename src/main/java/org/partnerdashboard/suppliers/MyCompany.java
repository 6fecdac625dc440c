package org.partnerdashboard.suppliers;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.partnerdashboard.base.Industry;

/**
 * A supplier's record as its own people see it: no staff notes, no review history's reviewers, only the company's
 * own changes ({@code changes}: when and what changed) and its certification proposals, waiting or decided.
 */
public record MyCompany(long id, long version, String legalName, String street, String city, String stateCode,
        String zipCode, List<Industry> industries, Set<QualityCertification> qualityCertifications,
        Set<DiversityCertification> diversityCertifications, List<HeldCertification> certifications,
        List<CertificationChangeRow> certificationChanges, CompanyProfile profile, List<Change> changes) {

    /** One of the company's own changes, or staff's decision on one: when, which kind, and what. */
    public record Change(Instant at, SupplierDecisionKind kind, String what) {
    }
}
