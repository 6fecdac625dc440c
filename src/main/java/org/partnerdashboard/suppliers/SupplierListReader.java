package org.partnerdashboard.suppliers;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.partnerdashboard.base.ImportProblem;

/**
 * Reads one row of a supplier list into a {@link SupplierListEntry}: required fields present, every value
 * normalized, a problem for each value that cannot be read (with its column), a note for what is worth knowing
 * but does not keep the row out (a service provider, a county left empty).
 */
final class SupplierListReader {

    private final Set<String> industries;
    private final Set<String> subsectors;
    private final Map<String, String> countyFipsByName;
    private final ZipCounties zipCounties;

    SupplierListReader(Set<String> industries, Set<String> subsectors, Map<String, String> countyFipsByName,
            ZipCounties zipCounties) {
        this.industries = industries;
        this.subsectors = subsectors;
        this.countyFipsByName = countyFipsByName;
        this.zipCounties = zipCounties;
    }

    /** The row as an entry, or null when a required field is missing; problems and notes are added to the lists. */
    SupplierListEntry read(Function<SupplierImportField, String> cells, int line, List<ImportProblem> problems,
            List<ImportProblem> notes) {
        String name = text(cells, SupplierImportField.LEGAL_NAME, 200, problems);
        String city = text(cells, SupplierImportField.CITY, 100, problems);
        String stateCell = cells.apply(SupplierImportField.STATE);
        for (SupplierImportField required : List.of(SupplierImportField.LEGAL_NAME, SupplierImportField.CITY,
                SupplierImportField.STATE)) {
            if (cells.apply(required).isBlank()) {
                problems.add(new ImportProblem("import.problem.missing", label(required)));
            }
        }
        String state = stateCell.isBlank() ? null : read(SupplierListValues.state(stateCell), SupplierImportField.STATE,
                stateCell, problems);
        String zip = optional(cells, SupplierImportField.ZIP_CODE, SupplierListValues::zip, problems);
        String email = optional(cells, SupplierImportField.EMAIL, SupplierListValues::email, problems);
        String phone = optional(cells, SupplierImportField.PHONE, SupplierListValues::phone, problems);
        String website = optional(cells, SupplierImportField.WEBSITE, SupplierListValues::website, problems);
        Integer employees = optional(cells, SupplierImportField.EMPLOYEES, SupplierListValues::employees, problems);
        SupplierListValues.NaicsCodes naics = SupplierListValues.naics(cells.apply(SupplierImportField.NAICS),
                industries, subsectors);
        SupplierListValues.Certifications certifications = SupplierListValues.certifications(List.of(
                cells.apply(SupplierImportField.CERTIFICATIONS), String.join(",", naics.certifications())));
        String county = county(cells.apply(SupplierImportField.COUNTY), state, zip, notes);
        if (naics.primarySubsector() == null) {
            notes.add(new ImportProblem("supplier-import.note.service-provider"));
        }
        String contact = text(cells, SupplierImportField.CONTACT_NAME, 150, problems);
        String street = text(cells, SupplierImportField.STREET, 200, problems);
        if (!problems.isEmpty() || name == null || city == null || state == null) {
            return null;
        }
        Set<String> otherCertifications = new LinkedHashSet<>(certifications.other());
        String minority = cells.apply(SupplierImportField.MINORITY_GROUP);
        if (!minority.isBlank()) {
            otherCertifications.add(minority); // said by the list, not a certification the app can check
        }
        return new SupplierListEntry(blank(cells.apply(SupplierImportField.SOURCE_ID)), name, street, city, state, zip,
                county, naics.primarySubsector(), new HashSet<>(naics.industries()), joined(naics.other(), 500),
                certifications.quality(), certifications.diversity(), joined(List.copyOf(otherCertifications), 500),
                contact, email, phone, website, employees, clipped(cells.apply(SupplierImportField.PRODUCTS), 1000));
    }

    /**
     * The county: from the list's county column (FIPS or name) when it names a Chicago-area county; otherwise
     * from an Illinois ZIP code in one county; otherwise none, with a note saying why.
     */
    private String county(String cell, String state, String zip, List<ImportProblem> notes) {
        if (!cell.isBlank()) {
            Optional<String> named = SupplierListValues.county(cell, countyFipsByName);
            if (named.isEmpty()) {
                notes.add(new ImportProblem("supplier-import.note.county-outside", cell));
            }
            return named.orElse(null);
        }
        if (!"IL".equals(state) || zip == null) {
            return null;
        }
        List<String> counties = zipCounties.counties(zip);
        if (counties.size() > 1) {
            notes.add(new ImportProblem("supplier-import.note.zip-spans", zip, String.join(", ", counties)));
            return null;
        }
        if (counties.isEmpty()) {
            notes.add(new ImportProblem("supplier-import.note.zip-unknown", zip));
            return null;
        }
        return countyFipsByName.get(counties.getFirst()); // null outside the Chicago area, as for a registration
    }

    private static <T> T optional(Function<SupplierImportField, String> cells, SupplierImportField field,
            Function<String, Optional<T>> parser, List<ImportProblem> problems) {
        String cell = cells.apply(field);
        return cell.isBlank() ? null : read(parser.apply(cell), field, cell, problems);
    }

    private static <T> T read(Optional<T> value, SupplierImportField field, String cell, List<ImportProblem> problems) {
        if (value.isEmpty()) {
            problems.add(new ImportProblem("import.problem.unreadable", label(field), cell));
        }
        return value.orElse(null);
    }

    private static String text(Function<SupplierImportField, String> cells, SupplierImportField field, int max,
            List<ImportProblem> problems) {
        String value = blank(cells.apply(field));
        if (value != null && value.length() > max) {
            problems.add(new ImportProblem("supplier.error.too-long", label(field), max));
            return null;
        }
        return value;
    }

    private static String label(SupplierImportField field) {
        return "supplier-import-field." + field.name();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String clipped(String value, int max) {
        String text = blank(value);
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String joined(List<String> values, int max) {
        return values.isEmpty() ? null : clipped(String.join(", ", values), max);
    }
}
