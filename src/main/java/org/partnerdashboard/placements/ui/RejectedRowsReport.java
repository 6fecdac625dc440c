package org.partnerdashboard.placements.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnerdashboard.placements.ImportPreview;
import org.partnerdashboard.placements.ImportRow;

/** The rows an import rejected, as CSV: line, external id, name and the problems, to fix in the source file. */
final class RejectedRowsReport {

    private RejectedRowsReport() {
    }

    static byte[] csv(ImportPreview preview, Function<ImportRow, String> problems) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter out = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader("line", "external_id", "name", "problems").get())) {
            for (ImportRow row : preview.rows()) {
                if (row.outcome() == ImportRow.Outcome.INVALID) {
                    out.printRecord(row.line(), safe(row.externalId()), safe(row.name()), safe(problems.apply(row)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Cells a spreadsheet would run as a formula (=, +, -, @) get a leading apostrophe. */
    static String safe(String value) {
        return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
