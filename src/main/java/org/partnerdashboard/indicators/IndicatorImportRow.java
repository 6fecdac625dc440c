package org.partnerdashboard.indicators;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** One upload in the import history: its files (several dropped at once, or a ZIP's) and their counts added up. */
public record IndicatorImportRow(Instant importedAt, List<String> fileNames, String importedBy, int kept, int added,
        int updated, int unchanged, int ignored) {

    /** This upload with another of its files (listed newest first, so the earlier file goes first). */
    IndicatorImportRow with(IndicatorImportRow earlier) {
        return new IndicatorImportRow(importedAt, Stream.concat(earlier.fileNames.stream(), fileNames.stream()).toList(),
                importedBy, kept + earlier.kept, added + earlier.added, updated + earlier.updated,
                unchanged + earlier.unchanged, ignored + earlier.ignored);
    }
}
