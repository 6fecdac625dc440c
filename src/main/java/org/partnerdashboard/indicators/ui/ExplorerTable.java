package org.partnerdashboard.indicators.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.TabularWriter;

/** The explorer's numbers as a download: withheld cells empty with a "not disclosed" flag, never zero. */
final class ExplorerTable {

    static final List<String> HEADER = List.of("industry_code", "industry", "area_fips", "area", "year", "quarter",
            "disclosed", "establishments", "average_monthly_employment", "average_weekly_wage",
            "employment_change_over_the_year_percent", "employment_change_published_by_bls",
            "employment_location_quotient", "establishments_location_quotient", "source");

    private ExplorerTable() {
    }

    static void write(List<ExplorerRow> rows, TabularFormat format, OutputStream out) throws IOException {
        try (TabularWriter writer = TabularWriter.open(format, out, HEADER)) {
            for (ExplorerRow r : rows) {
                var p = r.point();
                writer.row(Arrays.asList(p.industryCode(), r.industryLabel(), p.areaFips(), r.areaLabel(),
                        p.quarter().year(), p.quarter().quarter(), p.disclosed(), p.establishments(), p.employment(),
                        p.averageWeeklyWage(), r.employmentChangePercent() == null ? null
                                : Math.round(r.employmentChangePercent() * 10) / 10.0,
                        p.official().employmentChangePercent() != null, p.official().employmentQuotient(),
                        p.official().establishmentsQuotient(), p.source()));
            }
        }
    }
}
