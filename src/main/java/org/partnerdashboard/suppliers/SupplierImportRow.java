package org.partnerdashboard.suppliers;

import java.util.List;
import org.partnerdashboard.base.ImportProblem;

/**
 * One row of a supplier list as the preview shows it: what importing would do with it, the existing supplier it
 * matches (and by what), its problems (which keep it out) and notes (which do not).
 */
public record SupplierImportRow(int line, String sourceRecordId, String legalName, String city, Outcome outcome,
        Long matchedSupplierId, String matchedName, String matchedBy, List<ImportProblem> problems,
        List<ImportProblem> notes) {

    public enum Outcome {
        /** Not in the directory: added as imported, not yet verified. */
        NEW,
        /** Looks like a supplier already in the directory: what happens follows the chosen {@link MatchPolicy}. */
        MATCH,
        /** Imported before from the same list, and the list now says something else: updated. */
        UPDATE,
        /** Imported before from the same list, and nothing changed. */
        UNCHANGED,
        /** The same company as an earlier row of the file: left out. */
        DUPLICATE,
        /** Cannot be imported: see its problems. */
        PROBLEM
    }

    SupplierImportRow withOutcome(Outcome changed) {
        return new SupplierImportRow(line, sourceRecordId, legalName, city, changed, matchedSupplierId, matchedName,
                matchedBy, problems, notes);
    }

    /** What an import does with a row that matches a supplier already in the directory. */
    public enum MatchPolicy { SKIP, FILL_EMPTY, UPDATE }
}
