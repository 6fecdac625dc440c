package org.partnerdashboard.sourcing;

import java.time.LocalDate;
import java.util.Set;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.DiversityCertification;
import org.partnerdashboard.suppliers.QualityCertification;

/** What staff record about a buyer's request. {@code naicsCode} is a 3-digit subsector. */
public record SourcingRequestDraft(Long buyerId, String title, String description, String naicsCode,
        Set<Capability> capabilities, Set<QualityCertification> certifications,
        Set<DiversityCertification> diversityPreferences, Integer quantity, LocalDate dueDate,
        String preferredCountyFips, boolean buyAmericaRequired) {
}
