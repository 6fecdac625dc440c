package org.partnerdashboard.suppliers;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnerdashboard.base.InputProblems;
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

    /** @throws InvalidInputException naming every field that is wrong, in the form's order */
    static void check(SupplierRegistration r, Set<String> knownIndustries, Set<String> countyFips) {
        InputProblems problems = new InputProblems();
        text(problems, r.legalName(), "supplier.legal-name", 200, true);
        text(problems, r.street(), "supplier.street", 200, false);
        text(problems, r.city(), "supplier.city", 100, true);
        if (blank(r.stateCode()).isEmpty()) {
            problems.add("error.required", "supplier.state");
        } else if (!UsStates.CODES.contains(r.stateCode())) {
            problems.add("supplier.error.state", "supplier.state");
        }
        if (blank(r.zipCode()).isEmpty()) {
            problems.add("error.required", "supplier.zip");
        } else if (!ZIP.matcher(r.zipCode().trim()).matches()) {
            problems.add("supplier.error.zip", "supplier.zip");
        }
        if (r.countyFips() != null && (!countyFips.contains(r.countyFips()) || !"IL".equals(r.stateCode()))) {
            problems.add("supplier.error.county", "supplier.county");
        }
        text(problems, r.website(), "supplier.website", 200, false);
        if (!blank(r.website()).isEmpty() && !WEBSITE.matcher(r.website().trim()).matches()) {
            problems.add("supplier.error.website", "supplier.website");
        }
        if (r.employeeCount() == null) {
            problems.add("error.required", "supplier.employees");
        } else if (r.employeeCount() < 1 || r.employeeCount() > MAX_EMPLOYEES) {
            problems.add("supplier.error.employees", "supplier.employees", MAX_EMPLOYEES);
        }
        text(problems, r.contactName(), "supplier.contact-name", 150, true);
        text(problems, r.contactEmail(), "supplier.contact-email", 200, true);
        if (!blank(r.contactEmail()).isEmpty() && !EMAIL.matcher(r.contactEmail().trim()).matches()) {
            problems.add("supplier.error.email", "supplier.contact-email");
        }
        if (!blank(r.contactPhone()).isEmpty() && !PHONE.matcher(r.contactPhone().trim()).matches()) {
            problems.add("supplier.error.phone", "supplier.contact-phone");
        }
        naicsCodes(problems, r.naicsCodes(), knownIndustries);
        problems.throwIfAny();
    }

    /** A supplier's own profile as it keeps it current in the supplier space. */
    static void checkProfile(CompanyProfile p) {
        InputProblems problems = new InputProblems();
        text(problems, p.contactName(), "supplier.contact-name", 150, true);
        text(problems, p.contactEmail(), "supplier.contact-email", 200, true);
        if (!blank(p.contactEmail()).isEmpty() && !EMAIL.matcher(p.contactEmail().trim()).matches()) {
            problems.add("supplier.error.email", "supplier.contact-email");
        }
        if (!blank(p.contactPhone()).isEmpty() && !PHONE.matcher(p.contactPhone().trim()).matches()) {
            problems.add("supplier.error.phone", "supplier.contact-phone");
        }
        text(problems, p.website(), "supplier.website", 200, false);
        if (!blank(p.website()).isEmpty() && !WEBSITE.matcher(p.website().trim()).matches()) {
            problems.add("supplier.error.website", "supplier.website");
        }
        if (p.employeeCount() == null) {
            problems.add("error.required", "supplier.employees");
        } else if (p.employeeCount() < 1 || p.employeeCount() > MAX_EMPLOYEES) {
            problems.add("supplier.error.employees", "supplier.employees", MAX_EMPLOYEES);
        }
        text(problems, p.productsServices(), "supplier.products-services", 1000, false);
        problems.throwIfAny();
    }

    private static void naicsCodes(InputProblems problems, List<String> codes, Set<String> knownIndustries) {
        if (codes == null || codes.isEmpty()) {
            problems.add("supplier.error.naics-required", "supplier.naics-codes");
        } else if (codes.size() > MAX_NAICS_CODES) {
            problems.add("supplier.error.naics-too-many", "supplier.naics-codes", MAX_NAICS_CODES);
        } else {
            codes.stream().filter(code -> !knownIndustries.contains(code)).findFirst()
                    .ifPresent(code -> problems.add("supplier.error.naics-unknown", "supplier.naics-codes", code));
        }
    }

    private static void text(InputProblems problems, String value, String field, int maxLength, boolean required) {
        if (required && blank(value).isEmpty()) {
            problems.add("error.required", field);
        } else if (blank(value).length() > maxLength) {
            problems.add("supplier.error.too-long", field, maxLength);
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
