package org.partnerdashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpServer;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.indicators.QcewRefresh.Fetch;
import org.partnerdashboard.indicators.RefreshAttempt.Outcome;
import org.partnerdashboard.security.AuditService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic refresh against a local HTTP server serving BLS's real Will County 2016 lines as quarterly slices:
 * new quarters, a revision, a quarter not yet published, a server that fails, and downloads cut short; H2 and
 * PostgreSQL.
 */
@Transactional
@WithUserDetails("research.editor")
abstract class QcewRefreshTests {

    private static final String WILL = "17197";

    @Autowired
    QcewImporter importer;

    @Autowired
    RefreshAttemptRepository attempts;

    @Autowired
    EntityManager entityManager;

    @Autowired
    AuditService audit;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndicatorImportService imports;

    private HttpServer server;
    /** What the server answers per path: a body, or a status with no body. */
    private final Map<String, Object> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private QcewRefresh refresh;

    @BeforeEach
    void aBlsServerOnLoopback() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/cew/data/api/", exchange -> {
            String path = exchange.getRequestURI().getPath().replace("/cew/data/api/", "");
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Object answer = answers.getOrDefault(path, 404);
            AtomicInteger failing = failuresLeft.get(path);
            if (failing != null && failing.getAndDecrement() > 0) {
                answer = 503;
            }
            if (answer instanceof Integer status) {
                exchange.sendResponseHeaders(status, -1);
            } else if (answer instanceof Cut cut) {
                exchange.sendResponseHeaders(200, cut.bytes().length); // promises all, sends half
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(cut.bytes(), 0, cut.bytes().length / 2);
                }
            } else {
                byte[] body = ((String) answer).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/cew/data/api";
        refresh = new QcewRefresh(importer, attempts, new IndicatorSettings(null, new IndicatorSettings.Refresh(true,
                base, 3, Duration.ofMillis(10), 4, Duration.ofSeconds(5))), entityManager, audit, clock);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private record Cut(byte[] bytes) {
    }

    /** BLS's Will County lines of one quarter, as the open-data slice for that quarter holds them. */
    private static String slice(int quarter) {
        List<String> lines = QcewImportTests.resource("qcew/will_17197_2016_q1-q4_by_area.csv").lines().toList();
        return Stream.concat(Stream.of(lines.getFirst()), lines.stream().skip(1)
                .filter(l -> l.split(",")[6].equals("\"" + quarter + "\""))).collect(Collectors.joining("\r\n"))
                + "\r\n";
    }

    private static List<Fetch> will(int... quarters) {
        return Arrays.stream(quarters).mapToObj(q -> new Fetch(WILL, new Quarter(2016, q))).toList();
    }

    private long stored(int quarter) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM subsector_indicator WHERE source = 'BLS QCEW'"
                + " AND area_fips = ? AND period_year = 2016 AND period_quarter = ?", Long.class, WILL, quarter);
    }

    @Test
    void newQuartersArriveRetriedAfterAFailureAndAreNoticed() {
        answers.put("2016/1/area/17197.csv", slice(1));
        answers.put("2016/2/area/17197.csv", slice(2));
        failuresLeft.put("2016/1/area/17197.csv", new AtomicInteger(1));

        Map<Outcome, Integer> outcomes = refresh.run(will(1, 2, 3));

        assertThat(outcomes).containsEntry(Outcome.NEW_QUARTER, 2).containsEntry(Outcome.NOT_PUBLISHED, 1);
        assertThat(stored(1)).isEqualTo(22);
        assertThat(stored(2)).isEqualTo(22);
        assertThat(requests.get("2016/1/area/17197.csv")).hasValue(2);
        List<RefreshRow> rows = imports.refreshHistory(10);
        assertThat(rows).extracting(RefreshRow::quarter, RefreshRow::outcome, RefreshRow::tries).contains(
                tuple(new Quarter(2016, 1), "NEW_QUARTER", 2),
                tuple(new Quarter(2016, 3), "NOT_PUBLISHED", 1));
        assertThat(imports.latestNewQuarter()).hasValueSatisfying(r -> assertThat(r.quarter())
                .isEqualTo(new Quarter(2016, 2)));
        assertThat(imports.history(1).getFirst().fileNames()).containsExactly("bls-api/2016/1/area/17197.csv",
                "bls-api/2016/2/area/17197.csv");

        assertThat(refresh.run(will(1, 2))).as("asked again, nothing new").containsEntry(Outcome.UNCHANGED, 2);
    }

    @Test
    void aRevisionIsAppliedAndOnlyWhatChanged() {
        answers.put("2016/2/area/17197.csv", slice(2));
        refresh.run(will(2));
        String line332 = slice(2).lines().filter(l -> l.startsWith("\"17197\",\"5\",\"332\",")).findFirst()
                .orElseThrow();
        // the numbers follow the last title: establishments, then each month's employment
        Matcher month3 = Pattern.compile("(\"All establishment sizes\",\\d+,\\d+,\\d+,)(\\d+)").matcher(line332);
        assertThat(month3.find()).isTrue();
        int revisedMonth3 = Integer.parseInt(month3.group(2)) + 7; // BLS revised March's employment
        answers.put("2016/2/area/17197.csv", slice(2).replace(line332,
                month3.replaceFirst("$1" + revisedMonth3)));

        Map<Outcome, Integer> outcomes = refresh.run(will(2));

        assertThat(outcomes).containsExactlyEntriesOf(Map.of(Outcome.REVISED, 1));
        assertThat(imports.refreshHistory(1).getFirst().updated()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT month3_employment FROM subsector_indicator WHERE source = 'BLS QCEW'"
                + " AND area_fips = ? AND industry_code = '332' AND period_year = 2016 AND period_quarter = 2",
                Integer.class, WILL)).isEqualTo(revisedMonth3);
    }

    @Test
    void aServerThatKeepsFailingOrCutsTheFileShortChangesNothing() {
        answers.put("2016/3/area/17197.csv", 500);
        answers.put("2016/4/area/17197.csv", new Cut(slice(4).getBytes(StandardCharsets.UTF_8)));
        String half = slice(1).substring(0, slice(1).length() / 2); // a whole response of a cut file
        answers.put("2016/1/area/17197.csv", half);

        Map<Outcome, Integer> outcomes = refresh.run(will(1, 3, 4));

        assertThat(outcomes).containsEntry(Outcome.FAILED, 2).containsEntry(Outcome.REFUSED, 1);
        assertThat(requests.get("2016/3/area/17197.csv")).hasValue(3);
        assertThat(requests.get("2016/4/area/17197.csv")).hasValue(3);
        assertThat(stored(1) + stored(3) + stored(4)).as("nothing half-imported").isZero();
        assertThat(imports.refreshHistory(3)).extracting(RefreshRow::outcome)
                .containsExactlyInAnyOrder("REFUSED", "FAILED", "FAILED");
        assertThat(imports.latestNewQuarter()).isEmpty();
    }

    @Test
    void thePlanAsksForWhatEachAreaLacksAndReReadsItsLatestQuarters() {
        List<Fetch> plan = refresh.plan();

        // the test clock stands in 2026 Q2: the last quarter ended is 2026 Q1
        List<Quarter> cook = plan.stream().filter(f -> f.areaFips().equals("17031")).map(Fetch::quarter).toList();
        assertThat(cook.getFirst()).as("Cook's BLS figures end in 2016 Q4: four quarters re-read")
                .isEqualTo(new Quarter(2016, 1));
        assertThat(cook.getLast()).isEqualTo(new Quarter(2026, 1));
        List<Quarter> kane = plan.stream().filter(f -> f.areaFips().equals("17089")).map(Fetch::quarter).toList();
        assertThat(kane).hasSize(QcewRefresh.FIRST_QUARTERS).startsWith(new Quarter(2024, 2));
    }
}
