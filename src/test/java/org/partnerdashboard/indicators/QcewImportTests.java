package org.partnerdashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing real BLS QCEW files (Cook County 2016 in the 2016 layout, Franklin County OH 2020 Q1 in today's layout),
 * and broken ones; the stored values are checked against the file's lines. On H2 and PostgreSQL.
 */
@Transactional
@WithUserDetails("research.editor")
abstract class QcewImportTests {

    @Autowired
    IndicatorImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QcewImporter importer;

    @Autowired
    IndicatorService indicators;

    static String resource(String name) {
        try (InputStream in = QcewImportTests.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String cook() {
        return resource(QcewFileLoader.BUNDLED_SAMPLE);
    }

    /** The Franklin County, OH slice as if it were DuPage County's, so its real suppressed rows are kept. */
    static String franklinAsDuPage() {
        return resource("qcew/morpc_franklin_OH_39049_2020q1_open_data_slice.csv").replace("\n39049,", "\n17043,");
    }

    private long qcewRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM subsector_indicator WHERE source = 'BLS QCEW'", Long.class);
    }

    private Map<String, Object> stored(String industry, String area, int year, int quarter) {
        return jdbc.queryForMap("SELECT * FROM subsector_indicator WHERE source = 'BLS QCEW' AND industry_code = ?"
                + " AND area_fips = ? AND period_year = ? AND period_quarter = ?", industry, area, year, quarter);
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    @Test
    void theBundledCookCountyFileIsStoredLineForLine() throws IOException {
        List<CSVRecord> kept = records(cook()).stream().filter(r -> r.get("own_code").equals("5")
                && (r.get("industry_code").equals("31-33") || r.get("industry_code").matches("3[1-3]\\d"))).toList();

        assertThat(kept).hasSize(88);
        for (CSVRecord line : kept) {
            Map<String, Object> row = stored(line.get("industry_code"), "17031", Integer.parseInt(line.get("year")),
                    Integer.parseInt(line.get("qtr")));
            assertThat(row.get("DISCLOSED")).isEqualTo(true);
            assertThat(((Number) row.get("ESTABLISHMENTS")).longValue()).as(line.toString())
                    .isEqualTo(Long.parseLong(line.get("qtrly_estabs_count")));
            assertThat(((Number) row.get("MONTH1_EMPLOYMENT")).longValue()).isEqualTo(Long.parseLong(line.get("month1_emplvl")));
            assertThat(((Number) row.get("MONTH3_EMPLOYMENT")).longValue()).isEqualTo(Long.parseLong(line.get("month3_emplvl")));
            assertThat(((Number) row.get("TOTAL_WAGES")).longValue()).isEqualTo(Long.parseLong(line.get("total_qtrly_wages")));
            assertThat(((Number) row.get("AVERAGE_WEEKLY_WAGE")).longValue()).isEqualTo(Long.parseLong(line.get("avg_wkly_wage")));
        }
    }

    @Test
    void willCountysWholeFileKeepsEveryFigureBlsPublishedValueByValue() throws IOException {
        String will = resource("qcew/will_17197_2016_q1-q4_by_area.csv");

        QcewImportResult result = imports.importQcew("will.csv", will.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        List<CSVRecord> kept = records(will).stream().filter(r -> r.get("own_code").equals("5")
                && (r.get("industry_code").equals("31-33") || r.get("industry_code").matches("3[1-3]\\d"))).toList();
        assertThat(kept).hasSize(88);
        assertThat(kept.stream().filter(r -> r.get("disclosure_code").equals("N"))).hasSize(15);
        for (CSVRecord line : kept) {
            Map<String, Object> row = stored(line.get("industry_code"), "17197", 2016, Integer.parseInt(line.get("qtr")));
            boolean withheld = line.get("disclosure_code").equals("N");
            assertThat(row.get("DISCLOSED")).as(line.toString()).isEqualTo(!withheld);
            assertThat(number(row, "ESTABLISHMENTS")).isEqualTo(Long.parseLong(line.get("qtrly_estabs_count")));
            assertThat(new BigDecimal(row.get("LQ_ESTABLISHMENTS").toString()))
                    .isEqualByComparingTo(line.get("lq_qtrly_estabs_count"));
            assertThat(number(row, "OTY_ESTABLISHMENTS")).isEqualTo(Long.parseLong(line.get("oty_qtrly_estabs_count_chg")));
            if (withheld) {
                for (String unknown : List.of("MONTH3_EMPLOYMENT", "AVERAGE_WEEKLY_WAGE", "LQ_EMPLOYMENT",
                        "LQ_AVERAGE_WEEKLY_WAGE", "OTY_MONTH1_EMPLOYMENT", "OTY_AVERAGE_WEEKLY_WAGE")) {
                    assertThat(row.get(unknown)).as(unknown + " of a withheld line is unknown, not 0").isNull();
                }
            } else {
                assertThat(number(row, "MONTH3_EMPLOYMENT")).isEqualTo(Long.parseLong(line.get("month3_emplvl")));
                assertThat(new BigDecimal(row.get("LQ_EMPLOYMENT").toString()))
                        .isEqualByComparingTo(line.get("lq_month3_emplvl"));
                assertThat(new BigDecimal(row.get("LQ_AVERAGE_WEEKLY_WAGE").toString()))
                        .isEqualByComparingTo(line.get("lq_avg_wkly_wage"));
                for (int month = 1; month <= 3; month++) {
                    assertThat(number(row, "OTY_MONTH" + month + "_EMPLOYMENT"))
                            .isEqualTo(Long.parseLong(line.get("oty_month" + month + "_emplvl_chg")));
                }
                assertThat(number(row, "OTY_AVERAGE_WEEKLY_WAGE")).isEqualTo(Long.parseLong(line.get("oty_avg_wkly_wage_chg")));
            }
        }
        assertThat(imports.importQcew("will.csv", will.getBytes(StandardCharsets.UTF_8)).unchanged())
                .as("the quotients read back equal: importing again changes nothing").isEqualTo(88);
    }

    @Test
    void theExplorerShowsBlsChangesAndRoundsAveragesAsBlsDoes() {
        // Cook County, 31-33, 2016 Q1..Q3 months are in the bundled file; average employment is rounded half up
        List<IndicatorPoint> points = indicators.series(List.of("332"), List.of("17031"), new Quarter(2016, 1),
                new Quarter(2016, 1));

        assertThat(points).singleElement().satisfies(p -> {
            assertThat(p.employment()).as("(30,789 + 30,755 + 30,761) / 3 = 30,768.33").isEqualTo(30_768);
            assertThat(p.official().employmentQuotient()).isEqualTo(1.2);
            assertThat(p.employmentChangeFrom(null)).as("BLS's own change, not one against demo figures")
                    .isCloseTo(-2.1643, within(1e-4));
        });
        jdbc.update("UPDATE subsector_indicator SET month1_employment = 19241, month2_employment = 19283,"
                + " month3_employment = 19126 WHERE source = 'BLS QCEW' AND industry_code = '332'"
                + " AND area_fips = '17031' AND period_year = 2016 AND period_quarter = 1");
        assertThat(indicators.series(List.of("332"), List.of("17031"), new Quarter(2016, 1), new Quarter(2016, 1))
                .getFirst().employment()).as("19,216.67 rounds to 19,217").isEqualTo(19_217);
    }

    @Test
    void aZipOfSeveralFilesIsImportedFileByFileInOneHistoryEntry() throws IOException {
        String will = resource("qcew/will_17197_2016_q1-q4_by_area.csv");
        byte[] zip = zip(Map.of("2016.q1-q4.by_area/will.csv", will, "2016.q1-q4.by_area/cook.csv", cook(),
                "2016.q1-q4.by_area/broken.csv", "area_fips,own_code\n17031,5\n", "__MACOSX/._will.csv", "x",
                "README.txt", "not a QCEW file"));

        List<QcewImportResult> results = imports.importUpload("drop-1", "2016_qtrly_by_area.zip", zip);

        assertThat(results).extracting(QcewImportResult::fileName).containsExactlyInAnyOrder(
                "2016_qtrly_by_area.zip › will.csv", "2016_qtrly_by_area.zip › cook.csv",
                "2016_qtrly_by_area.zip › broken.csv");
        assertThat(results).filteredOn(QcewImportResult::imported).hasSize(2);
        assertThat(results).filteredOn(r -> r.fileName().endsWith("broken.csv")).singleElement()
                .satisfies(r -> assertThat(r.problems().getFirst().messageKey()).isEqualTo("qcew.error.not-qcew"));
        IndicatorImportRow entry = imports.history(5).getFirst();
        assertThat(entry.fileNames()).containsExactlyInAnyOrder("2016_qtrly_by_area.zip › will.csv",
                "2016_qtrly_by_area.zip › cook.csv");
        assertThat(entry.kept()).isEqualTo(176);
        assertThat(entry.added()).as("Will County is new; Cook's lines were bundled").isEqualTo(88);
    }

    @Test
    void aZipWithoutCsvFilesOrBrokenSaysSo() throws IOException {
        assertThat(imports.importUpload("drop-2", "notes.zip", zip(Map.of("notes.txt", "hello"))))
                .singleElement().satisfies(r -> assertThat(r.problems().getFirst().messageKey())
                        .isEqualTo("qcew.error.zip-empty"));
        byte[] cut = Arrays.copyOf(zip(Map.of("cook.csv", cook())), 200);
        assertThat(imports.importUpload("drop-3", "cut.zip", cut)).extracting(QcewImportResult::imported)
                .containsOnly(false);
        assertThat(QcewArchive.entries("big.zip", zip(Map.of("big.csv", "x".repeat(2_000))), 1_000))
                .singleElement().satisfies(e -> assertThat(e.problem().messageKey()).isEqualTo("qcew.error.too-large"));
    }

    /** An annual-averages file in BLS's 2016 layout: Cook County's metal products and its withheld petroleum line. */
    static String cookAnnual2016() {
        return String.join("\r\n", "\"area_fips\",\"own_code\",\"industry_code\",\"agglvl_code\",\"size_code\","
                + "\"year\",\"qtr\",\"disclosure_code\",\"area_title\",\"own_title\",\"industry_title\",\"agglvl_title\","
                + "\"size_title\",\"annual_avg_estabs_count\",\"annual_avg_emplvl\",\"total_annual_wages\","
                + "\"taxable_annual_wages\",\"annual_contributions\",\"annual_avg_wkly_wage\",\"avg_annual_pay\","
                + "\"lq_disclosure_code\",\"lq_annual_avg_estabs_count\",\"lq_annual_avg_emplvl\",\"lq_total_annual_wages\","
                + "\"lq_taxable_annual_wages\",\"lq_annual_contributions\",\"lq_annual_avg_wkly_wage\","
                + "\"lq_avg_annual_pay\",\"oty_disclosure_code\",\"oty_annual_avg_estabs_count_chg\","
                + "\"oty_annual_avg_estabs_count_pct_chg\",\"oty_annual_avg_emplvl_chg\",\"oty_annual_avg_emplvl_pct_chg\","
                + "\"oty_total_annual_wages_chg\",\"oty_total_annual_wages_pct_chg\",\"oty_taxable_annual_wages_chg\","
                + "\"oty_taxable_annual_wages_pct_chg\",\"oty_annual_contributions_chg\",\"oty_annual_contributions_pct_chg\","
                + "\"oty_annual_avg_wkly_wage_chg\",\"oty_annual_avg_wkly_wage_pct_chg\",\"oty_avg_annual_pay_chg\","
                + "\"oty_avg_annual_pay_pct_chg\"",
                "\"17031\",\"5\",\"332\",\"74\",\"0\",\"2016\",\"A\",\"\",\"Cook County, Illinois\",\"Private\","
                        + "\"NAICS 332 Fabricated metal product manufacturing\",\"County, NAICS 3-digit -- by ownership sector\","
                        + "\"All establishment sizes\",1130,30650,1700000000,250000000,9000000,1066,55433,\"\",1.19,1.20,"
                        + "1.25,1.10,1.05,0.93,0.93,\"\",-50,-4.2,-700,-2.2,-20000000,-1.2,-1000000,-0.4,-50000,-0.6,12,1.1,"
                        + "620,1.1",
                "\"17031\",\"5\",\"324\",\"74\",\"0\",\"2016\",\"A\",\"N\",\"Cook County, Illinois\",\"Private\","
                        + "\"NAICS 324 Petroleum and coal products manufacturing\",\"County, NAICS 3-digit -- by ownership"
                        + " sector\",\"All establishment sizes\",40,0,0,0,0,0,0,\"N\",0.60,0,0,0,0,0,0,\"N\",-2,-4.8,0,0.0,0,"
                        + "0.0,0,0.0,0,0.0,0,0.0,0,0.0") + "\r\n";
    }

    @Test
    void anAnnualAveragesFileIsKeptBesideTheQuartersValueByValue() {
        QcewImportResult result = imports.importQcew("cook-2016-annual.csv",
                cookAnnual2016().getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(result.added()).isEqualTo(2);
        Map<String, Object> metal = jdbc.queryForMap("SELECT * FROM annual_indicator WHERE industry_code = '332'"
                + " AND area_fips = '17031' AND period_year = 2016");
        assertThat(metal).containsEntry("DISCLOSED", true);
        assertThat(number(metal, "ESTABLISHMENTS")).isEqualTo(1130);
        assertThat(number(metal, "AVERAGE_EMPLOYMENT")).isEqualTo(30650);
        assertThat(number(metal, "AVERAGE_ANNUAL_PAY")).isEqualTo(55433);
        assertThat(new BigDecimal(metal.get("LQ_EMPLOYMENT").toString())).isEqualByComparingTo("1.20");
        assertThat(number(metal, "OTY_EMPLOYMENT")).isEqualTo(-700);
        Map<String, Object> petroleum = jdbc.queryForMap("SELECT * FROM annual_indicator WHERE industry_code = '324'"
                + " AND area_fips = '17031' AND period_year = 2016");
        assertThat(petroleum).containsEntry("DISCLOSED", false).containsEntry("AVERAGE_EMPLOYMENT", null)
                .containsEntry("LQ_EMPLOYMENT", null);
        assertThat(number(petroleum, "ESTABLISHMENTS")).isEqualTo(40);
        assertThat(imports.importQcew("again.csv", cookAnnual2016().getBytes(StandardCharsets.UTF_8)).unchanged())
                .isEqualTo(2);

        AnnualPoint shown = indicators.annualAverages(List.of("332"), List.of("17031"), 2016, 2016).getFirst();
        assertThat(shown.employmentChangePercent()).as("BLS's -700 over the 31,350 of 2015").isCloseTo(
                100.0 * -700 / 31350, within(1e-9));
        assertThat(shown.employmentQuotient()).isEqualTo(1.2);
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        long before = qcewRows();

        QcewImportResult again = imports.importQcew("cook.csv", cook().getBytes(StandardCharsets.UTF_8));

        assertThat(again.imported()).isTrue();
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(88);
        assertThat(again.ignored()).isEqualTo(12);
        assertThat(qcewRows()).isEqualTo(before);
        assertThat(imports.history(5).getFirst().fileNames()).containsExactly("cook.csv");
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndRevisionsAreApplied() throws IOException {
        List<CSVRecord> lines = records(cook());
        List<String> columns = new ArrayList<>(lines.getFirst().getParser().getHeaderNames());
        Collections.reverse(columns);
        StringWriter reversed = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(reversed, CSVFormat.RFC4180)) {
            out.printRecord(columns);
            for (CSVRecord line : lines) {
                List<String> values = new ArrayList<>();
                for (String column : columns) {
                    boolean revised = line.get("industry_code").equals("332") && line.get("qtr").equals("1");
                    values.add(revised && column.equals("qtrly_estabs_count") ? "1140" : line.get(column));
                }
                out.printRecord(values);
            }
        }

        QcewImportResult result = imports.importQcew("reversed.csv", reversed.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(87);
        assertThat(((Number) stored("332", "17031", 2016, 1).get("ESTABLISHMENTS")).intValue()).isEqualTo(1140);
    }

    @Test
    void suppressedCellsAreStoredAsUnknownNeverZero() throws IOException {
        QcewImportResult result = imports.importQcew("franklin.csv", franklinAsDuPage().getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(result.added()).isEqualTo(22);
        for (String suppressed : List.of("313", "316")) {
            CSVRecord published = records(franklinAsDuPage()).stream().filter(r -> r.get("own_code").equals("5")
                    && r.get("industry_code").equals(suppressed)).findFirst().orElseThrow();
            Map<String, Object> row = stored(suppressed, "17043", 2020, 1);
            assertThat(row.get("DISCLOSED")).isEqualTo(false);
            assertThat(((Number) row.get("ESTABLISHMENTS")).longValue()).as("BLS publishes establishments even here")
                    .isEqualTo(Long.parseLong(published.get("qtrly_estabs")));
            assertThat(new BigDecimal(row.get("LQ_ESTABLISHMENTS").toString()))
                    .isEqualByComparingTo(published.get("lq_qtrly_estabs"));
            assertThat(((Number) row.get("OTY_ESTABLISHMENTS")).longValue())
                    .isEqualTo(Long.parseLong(published.get("oty_qtrly_estabs_chg")));
            assertThat(row.get("MONTH3_EMPLOYMENT")).isNull();
            assertThat(row.get("AVERAGE_WEEKLY_WAGE")).isNull();
            assertThat(row.get("LQ_EMPLOYMENT")).isNull();
            assertThat(row.get("OTY_MONTH3_EMPLOYMENT")).isNull();
        }
        CSVRecord machinery = records(franklinAsDuPage()).stream().filter(r -> r.get("own_code").equals("5")
                && r.get("industry_code").equals("333")).findFirst().orElseThrow();
        assertThat(((Number) stored("333", "17043", 2020, 1).get("ESTABLISHMENTS")).longValue())
                .isEqualTo(Long.parseLong(machinery.get("qtrly_estabs")));
    }

    @Test
    void aTruncatedFileIsRejectedWholeWithItsLine() {
        long before = qcewRows();
        String[] lines = cook().replace("2016", "2017").split("\r\n");
        String truncated = String.join("\r\n", Arrays.copyOf(lines, 50))
                + "\r\n" + lines[50].substring(0, 40);

        QcewImportResult result = imports.importQcew("cut.csv", truncated.getBytes(StandardCharsets.UTF_8));

        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(51);
            assertThat(p.messageKey()).isIn("qcew.error.field-count", "qcew.error.unreadable");
        });
        assertThat(qcewRows()).as("nothing of the file was stored").isEqualTo(before);
    }

    @Test
    void aCsvThatIsNotQcewSaysWhatIsMissing() {
        String placements = "Participant ID,First Name,Last Name,Employer\nA-1,Ada,Okafor,Acme\n";

        QcewImportResult result = imports.importQcew("placements.csv", placements.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("qcew.error.not-qcew");
            assertThat(p.arguments().getFirst()).contains("area_fips", "industry_code", "qtrly_estabs");
        });
    }

    @Test
    void everyBadNumberIsReportedWithItsLineAndColumn() {
        // Machinery, 2016 Q1 (line 78): 597 establishments
        String broken = cook().replace("\"All establishment sizes\",597,14237", "\"All establishment sizes\",many,14237");

        QcewImportResult result = imports.importQcew("bad.csv", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).first().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("qcew.error.number");
            assertThat(p.arguments()).containsExactly("qtrly_estabs_count", "many");
            assertThat(p.line()).isEqualTo(78);
        });
    }

    @Test
    void aFolderIsLoadedAtStartUpFileByFile(@TempDir Path folder)
            throws Exception {
        long before = qcewRows();
        Files.writeString(folder.resolve("a-franklin.csv"), franklinAsDuPage());
        Files.writeString(folder.resolve("b-not-qcew.csv"), "name,value\nx,1\n");
        Files.writeString(folder.resolve("notes.txt"), "not a csv");

        new QcewFileLoader(importer, new IndicatorSettings(folder.toString(), new IndicatorSettings.Refresh(false, null,
                3, Duration.ofMinutes(1), 4, Duration.ofSeconds(30)))).run(null);

        assertThat(qcewRows()).isEqualTo(before + 22);
    }

    @Test
    @WithUserDetails("bethel.staff")
    void onlyResearchEditorsImport() {
        assertThatThrownBy(() -> imports.importQcew("x.csv", new byte[0])).isInstanceOf(AccessDeniedException.class);
    }
}
