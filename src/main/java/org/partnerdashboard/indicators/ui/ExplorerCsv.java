package org.partnerdashboard.indicators.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The explorer's table as CSV: withheld cells empty with a "not disclosed" flag, never zero. */
final class ExplorerCsv {

    private ExplorerCsv() {
    }

    static byte[] of(List<ExplorerRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter out = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            out.printRecord("industry_code", "industry", "area_fips", "area", "year", "quarter", "disclosed",
                    "establishments", "average_monthly_employment", "average_weekly_wage",
                    "employment_change_over_the_year_percent", "source");
            for (ExplorerRow r : rows) {
                var p = r.point();
                out.printRecord(p.industryCode(), r.industryLabel(), p.areaFips(), r.areaLabel(), p.quarter().year(),
                        p.quarter().quarter(), p.disclosed(), p.establishments(), p.employment(),
                        p.averageWeeklyWage(), r.employmentChangePercent() == null ? null
                                : String.format(java.util.Locale.ROOT, "%.1f", r.employmentChangePercent()),
                        p.source());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
