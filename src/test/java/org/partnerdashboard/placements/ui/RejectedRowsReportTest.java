package org.partnerdashboard.placements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ImportProblem;
import org.partnerdashboard.placements.ImportPreview;
import org.partnerdashboard.placements.ImportRow;

class RejectedRowsReportTest {

    @Test
    void listsOnlyRejectedRowsWithTheirProblemsAndNeutralizesFormulas() {
        ImportPreview preview = new ImportPreview(List.of(
                new ImportRow(2, "A-1", "Okafor, Ada", "Acme", "2026-01-05", ImportRow.Outcome.NEW, List.of()),
                new ImportRow(3, "=CMD()", "Juarez, Benito", "Nope", "2026-01-05", ImportRow.Outcome.INVALID,
                        List.of(new ImportProblem("import.problem.unknown-employer", "Nope")))));

        String csv = new String(RejectedRowsReport.csv(preview, row -> "Unknown employer, \"Nope\""), StandardCharsets.UTF_8);

        assertThat(csv.lines()).containsExactly("line,external_id,name,problems",
                "3,'=CMD(),\"Juarez, Benito\",\"Unknown employer, \"\"Nope\"\"\"");
    }
}
