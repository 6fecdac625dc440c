package org.partnerdashboard.indicators;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the BLS QCEW open-data CSV layout (area or industry slices, the 2016-era and today's column names), by
 * header name, so column order does not matter and unused columns are skipped. Keeps private-ownership (own_code 5)
 * manufacturing rows, 31-33 and 311-339, for the given areas, quarters 1-4; a non-empty disclosure code ("N", "-")
 * means employment and wages were withheld: unknown, never zero (the establishment count is still BLS's figure).
 * BLS's location quotients and over-the-year changes are kept where the file has them. Pure: collects problems instead of throwing.
 */
final class QcewReader {

    static final int MAX_PROBLEMS = 50;
    private static final String PRIVATE = "5";
    private static final List<String> REQUIRED = List.of("area_fips", "own_code", "industry_code", "year", "qtr",
            "disclosure_code", "month1_emplvl", "month2_emplvl", "month3_emplvl", "total_qtrly_wages", "avg_wkly_wage");
    /** BLS renamed the establishments columns: 2016 files say qtrly_estabs_count, today's qtrly_estabs. */
    private static final List<String> ESTABLISHMENTS = List.of("qtrly_estabs", "qtrly_estabs_count");
    private static final List<String> LQ_ESTABLISHMENTS = List.of("lq_qtrly_estabs", "lq_qtrly_estabs_count");
    private static final List<String> OTY_ESTABLISHMENTS = List.of("oty_qtrly_estabs_chg", "oty_qtrly_estabs_count_chg");
    /** BLS's annual-averages layout (qtr "A"), in both eras' names. */
    private static final List<String> REQUIRED_ANNUAL = List.of("area_fips", "own_code", "industry_code", "year", "qtr",
            "disclosure_code", "annual_avg_emplvl", "total_annual_wages", "annual_avg_wkly_wage", "avg_annual_pay");
    private static final List<String> ANNUAL_ESTABLISHMENTS = List.of("annual_avg_estabs", "annual_avg_estabs_count");
    private static final List<String> LQ_ANNUAL_ESTABLISHMENTS = List.of("lq_annual_avg_estabs",
            "lq_annual_avg_estabs_count");
    private static final List<String> OTY_ANNUAL_ESTABLISHMENTS = List.of("oty_annual_avg_estabs_chg",
            "oty_annual_avg_estabs_count_chg");

    /**
     * @param rows       the kept quarterly lines (of a quarterly file)
     * @param annual     the kept annual-average lines (of an annual-averages file)
     * @param otherAreas the areas of the lines ignored (at most {@link #AREAS_NAMED}), to say what a file holds
     */
    record Parsed(List<QcewRow> rows, List<AnnualRow> annual, long ignored, Set<String> otherAreas,
            List<ImportProblem> problems) {

        long kept() {
            return rows.size() + annual.size();
        }
    }

    static final int AREAS_NAMED = 10;

    private QcewReader() {
    }

    static Parsed read(Reader input, Set<String> areas, Set<String> industries) {
        List<QcewRow> rows = new ArrayList<>();
        List<AnnualRow> annualRows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        long ignored = 0;
        Set<String> otherAreas = new TreeSet<>();
        long line = 1;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get().parse(input)) {
            Map<String, Integer> header = parser.getHeaderMap();
            boolean annual = header.containsKey("annual_avg_emplvl");
            List<String> establishmentNames = annual ? ANNUAL_ESTABLISHMENTS : ESTABLISHMENTS;
            List<String> missing = new ArrayList<>((annual ? REQUIRED_ANNUAL : REQUIRED).stream()
                    .filter(c -> !header.containsKey(c)).toList());
            Optional<String> establishments = establishmentNames.stream().filter(header::containsKey).findFirst();
            if (establishments.isEmpty()) {
                missing.add(establishmentNames.getFirst());
            }
            if (!missing.isEmpty()) {
                problems.add(ImportProblem.of(1, "qcew.error.not-qcew", String.join(", ", missing)));
                return new Parsed(List.of(), List.of(), 0, Set.of(), problems);
            }
            for (CSVRecord record : parser) {
                line = record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    problems.add(ImportProblem.of(line, "qcew.error.field-count", record.size(), header.size()));
                } else if (!kept(record, areas, industries, annual)) {
                    ignored++;
                    if (otherAreas.size() < AREAS_NAMED && !areas.contains(record.get("area_fips"))) {
                        otherAreas.add(record.get("area_fips"));
                    }
                } else if (annual) {
                    parseAnnual(record, line, establishments.get(), problems).ifPresent(annualRows::add);
                } else {
                    parseRow(record, line, establishments.get(), problems).ifPresent(rows::add);
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    problems.add(ImportProblem.of(line, "qcew.error.too-many-problems", MAX_PROBLEMS));
                    break;
                }
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException unreadable) {
            // e.g. a file cut inside a quoted value, or not text at all
            problems.add(ImportProblem.of(line + 1, "qcew.error.unreadable", String.valueOf(unreadable.getMessage())));
        }
        if (problems.isEmpty() && rows.isEmpty() && annualRows.isEmpty() && ignored == 0) {
            problems.add(ImportProblem.of(0, "qcew.error.empty"));
        }
        return new Parsed(rows, annualRows, ignored, otherAreas, problems);
    }

    private static boolean kept(CSVRecord r, Set<String> areas, Set<String> industries, boolean annual) {
        return PRIVATE.equals(r.get("own_code")) && areas.contains(r.get("area_fips"))
                && industries.contains(r.get("industry_code")) && r.get("qtr").matches(annual ? "[Aa]" : "[1-4]");
    }

    /** A line of the annual-averages layout: the year's averages, withheld ones null, as {@link #parseRow}. */
    private static Optional<AnnualRow> parseAnnual(CSVRecord r, long line, String establishmentsColumn,
            List<ImportProblem> problems) {
        int before = problems.size();
        int year = year(r, line, problems);
        boolean disclosed = r.get("disclosure_code").isEmpty();
        boolean lqDisclosed = disclosed && optional(r, "lq_disclosure_code").isEmpty();
        boolean otyDisclosed = disclosed && optional(r, "oty_disclosure_code").isEmpty();
        AnnualRow row = new AnnualRow(line, r.get("industry_code"), r.get("area_fips"), year, disclosed,
                integer(r, establishmentsColumn, line, problems),
                disclosed ? integer(r, "annual_avg_emplvl", line, problems) : null,
                disclosed ? whole(r, "total_annual_wages", line, problems) : null,
                disclosed ? integer(r, "annual_avg_wkly_wage", line, problems) : null,
                disclosed ? integer(r, "avg_annual_pay", line, problems) : null,
                quotient(r, first(r, LQ_ANNUAL_ESTABLISHMENTS), true, line, problems),
                quotient(r, "lq_annual_avg_emplvl", lqDisclosed, line, problems),
                quotient(r, "lq_annual_avg_wkly_wage", lqDisclosed, line, problems),
                change(r, first(r, OTY_ANNUAL_ESTABLISHMENTS), true, line, problems),
                change(r, "oty_annual_avg_emplvl_chg", otyDisclosed, line, problems),
                change(r, "oty_annual_avg_wkly_wage_chg", otyDisclosed, line, problems));
        return problems.size() == before ? Optional.of(row) : Optional.empty();
    }

    private static Optional<QcewRow> parseRow(CSVRecord r, long line, String establishmentsColumn,
            List<ImportProblem> problems) {
        int before = problems.size();
        int year = year(r, line, problems);
        boolean disclosed = r.get("disclosure_code").isEmpty();
        int quarter = Integer.parseInt(r.get("qtr"));
        // BLS publishes the establishment count (and its quotient and change) even where it withholds the rest
        Integer establishments = integer(r, establishmentsColumn, line, problems);
        QcewRow row = disclosed
                ? new QcewRow(line, r.get("industry_code"), r.get("area_fips"), year, quarter, true, establishments,
                        integer(r, "month1_emplvl", line, problems), integer(r, "month2_emplvl", line, problems),
                        integer(r, "month3_emplvl", line, problems), whole(r, "total_qtrly_wages", line, problems),
                        integer(r, "avg_wkly_wage", line, problems), comparisons(r, true, line, problems))
                : new QcewRow(line, r.get("industry_code"), r.get("area_fips"), year, quarter, false, establishments,
                        null, null, null, null, null, comparisons(r, false, line, problems));
        return problems.size() == before ? Optional.of(row) : Optional.empty();
    }

    /**
     * BLS's location quotients and over-the-year changes where the file has them; those of employment and wages only
     * where neither the row nor the comparison is withheld.
     */
    private static BlsComparisons comparisons(CSVRecord r, boolean disclosed, long line, List<ImportProblem> problems) {
        boolean lqDisclosed = disclosed && optional(r, "lq_disclosure_code").isEmpty();
        boolean otyDisclosed = disclosed && optional(r, "oty_disclosure_code").isEmpty();
        return new BlsComparisons(quotient(r, first(r, LQ_ESTABLISHMENTS), true, line, problems),
                quotient(r, "lq_month3_emplvl", lqDisclosed, line, problems),
                quotient(r, "lq_avg_wkly_wage", lqDisclosed, line, problems),
                change(r, first(r, OTY_ESTABLISHMENTS), true, line, problems),
                change(r, "oty_month1_emplvl_chg", otyDisclosed, line, problems),
                change(r, "oty_month2_emplvl_chg", otyDisclosed, line, problems),
                change(r, "oty_month3_emplvl_chg", otyDisclosed, line, problems),
                change(r, "oty_avg_wkly_wage_chg", otyDisclosed, line, problems));
    }

    private static String first(CSVRecord r, List<String> names) {
        return names.stream().filter(r::isMapped).findFirst().orElse(names.getFirst());
    }

    private static String optional(CSVRecord r, String column) {
        return r.isMapped(column) ? r.get(column).trim() : "";
    }

    private static BigDecimal quotient(CSVRecord r, String column, boolean kept, long line,
            List<ImportProblem> problems) {
        String text = optional(r, column);
        if (!kept || text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() >= 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(ImportProblem.of(line, "qcew.error.number", column, text));
        return null;
    }

    private static Integer change(CSVRecord r, String column, boolean kept, long line, List<ImportProblem> problems) {
        String text = optional(r, column);
        if (!kept || text.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            problems.add(ImportProblem.of(line, "qcew.error.number", column, text));
            return null;
        }
    }

    private static int year(CSVRecord r, long line, List<ImportProblem> problems) {
        int before = problems.size();
        int year = integer(r, "year", line, problems);
        if (problems.size() == before && (year < 1990 || year > 2100)) {
            problems.add(ImportProblem.of(line, "qcew.error.year", r.get("year")));
        }
        return year;
    }

    private static int integer(CSVRecord r, String column, long line, List<ImportProblem> problems) {
        long value = whole(r, column, line, problems);
        if (value > Integer.MAX_VALUE) {
            problems.add(ImportProblem.of(line, "qcew.error.number", column, r.get(column)));
            return 0;
        }
        return (int) value;
    }

    private static long whole(CSVRecord r, String column, long line, List<ImportProblem> problems) {
        String text = r.get(column);
        try {
            long value = Long.parseLong(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(ImportProblem.of(line, "qcew.error.number", column, text));
        return 0;
    }
}
