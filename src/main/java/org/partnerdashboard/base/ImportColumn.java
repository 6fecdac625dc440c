package org.partnerdashboard.base;

import java.util.List;
import java.util.Locale;

/**
 * A field an import fills from a spreadsheet column, recognized by the headers lists give it. Implemented by each
 * import's enum of fields; its message key is {@code <labelPrefix>.<NAME>}.
 */
public interface ImportColumn {

    String name();

    boolean required();

    /** Header names that mean this field, in lower case with single spaces ("start date", "hire date"). */
    List<String> aliases();

    /** Whether a header ("Start Date", "start_date", " HIRE  DATE ") names this field. */
    default boolean matches(String header) {
        String normalized = header.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").trim();
        return aliases().contains(normalized);
    }

    /** The header a template gives the field's column ("Start date"); the import recognizes it. */
    default String templateHeader() {
        String first = aliases().getFirst();
        return Character.toUpperCase(first.charAt(0)) + first.substring(1).replace(" id", " ID");
    }
}
