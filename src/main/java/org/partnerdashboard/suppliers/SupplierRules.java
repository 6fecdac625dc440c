package org.partnerdashboard.suppliers;

import java.util.Set;
import java.util.regex.Pattern;
import org.partnerdashboard.base.InvalidInputException;

/**
 * What a supplier registration must satisfy. Every message names the field it is about (the first argument), so
 * the form can mark it. Pure: the caller supplies the known NAICS codes and counties.
 */
final class SupplierRules {

    static final int MAX_NAICS_CODES = 10;
    static final int MAX_EMPLOYEES = 500_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
    private static final Pattern PHONE = Pattern.compile("[0-9()+.\\- ]{7,30}");
    private static final Pattern WEBSITE = Pattern.compile("(https?://)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/\\S*)?");

    private SupplierRules() {
    }

    static void check(SupplierRegistration r, Set<String> knownIndustries, Set<String> countyFips) {
        text(r.legalName(), "supplier.legal-name", 200, true);
        text(r.street(), "supplier.street", 200, false);
        text(r.city(), "supplier.city", 100, true);
        if (blank(r.stateCode()).isEmpty()) {
            throw new InvalidInputException("error.required", "supplier.state");
        }
        if (!UsStates.CODES.contains(r.stateCode())) {
            throw new InvalidInputException("supplier.error.state", "supplier.state");
        }
        if (blank(r.zipCode()).isEmpty()) {
            throw new InvalidInputException("error.required", "supplier.zip");
        }
        if (!ZIP.matcher(r.zipCode().trim()).matches()) {
            throw new InvalidInputException("supplier.error.zip", "supplier.zip");
        }
        if (r.countyFips() != null && (!countyFips.contains(r.countyFips()) || !"IL".equals(r.stateCode()))) {
            throw new InvalidInputException("supplier.error.county", "supplier.county");
        }
        text(r.contactName(), "supplier.contact-name", 150, true);
        text(r.contactEmail(), "supplier.contact-email", 200, true);
        if (!EMAIL.matcher(r.contactEmail().trim()).matches()) {
            throw new InvalidInputException("supplier.error.email", "supplier.contact-email");
        }
        if (!blank(r.contactPhone()).isEmpty() && !PHONE.matcher(r.contactPhone().trim()).matches()) {
            throw new InvalidInputException("supplier.error.phone", "supplier.contact-phone");
        }
        text(r.website(), "supplier.website", 200, false);
        if (!blank(r.website()).isEmpty() && !WEBSITE.matcher(r.website().trim()).matches()) {
            throw new InvalidInputException("supplier.error.website", "supplier.website");
        }
        if (r.naicsCodes() == null || r.naicsCodes().isEmpty()) {
            throw new InvalidInputException("supplier.error.naics-required", "supplier.naics-codes");
        }
        if (r.naicsCodes().size() > MAX_NAICS_CODES) {
            throw new InvalidInputException("supplier.error.naics-too-many", "supplier.naics-codes", MAX_NAICS_CODES);
        }
        for (String code : r.naicsCodes()) {
            if (!knownIndustries.contains(code)) {
                throw new InvalidInputException("supplier.error.naics-unknown", "supplier.naics-codes", code);
            }
        }
        if (r.employeeCount() == null) {
            throw new InvalidInputException("error.required", "supplier.employees");
        }
        if (r.employeeCount() < 1 || r.employeeCount() > MAX_EMPLOYEES) {
            throw new InvalidInputException("supplier.error.employees", "supplier.employees", MAX_EMPLOYEES);
        }
    }

    private static void text(String value, String field, int maxLength, boolean required) {
        if (required && blank(value).isEmpty()) {
            throw new InvalidInputException("error.required", field);
        }
        if (blank(value).length() > maxLength) {
            throw new InvalidInputException("supplier.error.too-long", field, maxLength);
        }
    }

    static String blank(String value) {
        return value == null ? "" : value.trim();
    }

    /** Trimmed, or null when blank. */
    static String trimmed(String value) {
        return blank(value).isEmpty() ? null : value.trim();
    }
}
