package org.partnerdashboard.indicators;

import java.util.List;
import java.util.Set;

/**
 * What an import did: nothing at all when there are problems (the file is taken whole or not at all), otherwise how
 * many kept lines were new, revised or the same as before, and how many lines of other areas, industries or
 * ownerships were ignored.
 */
public record QcewImportResult(String fileName, long kept, long added, long updated, long unchanged, long ignored,
        Set<String> otherAreas, List<ImportProblem> problems) {

    public boolean imported() {
        return problems.isEmpty();
    }

    /** A readable file with nothing for the partnership's areas: not an error, but nothing changed. */
    public boolean keptNothing() {
        return imported() && kept == 0;
    }
}
