package org.partnerdashboard.placements;

import java.util.List;
import org.partnerdashboard.base.ImportProblem;

/** One data row of an import as the preview shows it: what it would create, or why it cannot. */
public record ImportRow(int line, String externalId, String name, String employer, String startDate,
        Outcome outcome, List<ImportProblem> problems) {

    public enum Outcome { NEW, ALREADY_IMPORTED, INVALID }
}
