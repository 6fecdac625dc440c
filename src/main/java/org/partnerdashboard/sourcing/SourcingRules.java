package org.partnerdashboard.sourcing;

import java.time.LocalDate;
import java.util.Set;
import org.partnerdashboard.base.InvalidInputException;

/** What a sourcing request must satisfy; messages name their field first. Pure. */
final class SourcingRules {

    static final int MAX_QUANTITY = 100_000_000;

    private SourcingRules() {
    }

    static void check(SourcingRequestDraft d, Set<String> subsectors, Set<String> counties, LocalDate requestedOn) {
        if (d.buyerId() == null) {
            throw new InvalidInputException("error.required", "sourcing.buyer");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw new InvalidInputException("error.required", "sourcing.title");
        }
        if (d.title().trim().length() > 200) {
            throw new InvalidInputException("sourcing.error.too-long", "sourcing.title", 200);
        }
        if (d.description() != null && d.description().trim().length() > 4000) {
            throw new InvalidInputException("sourcing.error.too-long", "sourcing.description", 4000);
        }
        if (d.naicsCode() != null && !subsectors.contains(d.naicsCode())) {
            throw new InvalidInputException("sourcing.error.subsector", "sourcing.subsector");
        }
        if (d.naicsCode() == null && (d.capabilities() == null || d.capabilities().isEmpty())) {
            throw new InvalidInputException("sourcing.error.what-is-needed", "sourcing.subsector");
        }
        if (d.quantity() != null && (d.quantity() < 1 || d.quantity() > MAX_QUANTITY)) {
            throw new InvalidInputException("sourcing.error.quantity", "sourcing.quantity", MAX_QUANTITY);
        }
        if (d.dueDate() != null && d.dueDate().isBefore(requestedOn)) {
            throw new InvalidInputException("sourcing.error.due-date", "sourcing.due-date");
        }
        if (d.preferredCountyFips() != null && !counties.contains(d.preferredCountyFips())) {
            throw new InvalidInputException("sourcing.error.county", "sourcing.preferred-county");
        }
    }
}
