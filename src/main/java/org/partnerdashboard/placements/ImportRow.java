package org.partnerdashboard.placements;

import java.util.List;

/** One data row of an import as the preview shows it: what it would create, or why it cannot. */
public record ImportRow(int line, String externalId, String name, String employer, String startDate,
        Outcome outcome, List<Problem> problems) {

    public enum Outcome { NEW, ALREADY_IMPORTED, INVALID }

    /** A problem as an i18n key with arguments. */
    public record Problem(String key, Object... arguments) {
    }
}
