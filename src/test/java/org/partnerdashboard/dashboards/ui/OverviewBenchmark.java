package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.base.ui.Translator;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.dashboards.OverviewService;
import org.partnerdashboard.exports.ChartExportService;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;

/**
 * The overview at full scale, on a database that already holds the large demo data (e.g. loaded with
 * {@code -Plarge-demo -Dspring-boot.run.profiles=postgres}, with a {@code wbc.staff} user):
 * the server time to build the view cold (after a data
 * change) and warm, the SQL statements one data change costs with 50 open dashboards, and the board pack (figures
 * after a change, charts and tables as PDF). Not part of the test run:
 * {@code mvn test -Dtest=OverviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbench.url=jdbc:postgresql://localhost/partner_dashboard -Dbench.user=… -Dbench.password=…}
 */
@TestPropertySource(properties = {"spring.datasource.url=${bench.url}", "spring.datasource.username=${bench.user}",
        "spring.datasource.password=${bench.password}", "app.demo-data.enabled=false",
        "spring.jpa.properties.hibernate.generate_statistics=true"})
class OverviewBenchmark extends KaribuTest {

    private static final int RUNS = 10;

    @Autowired
    OverviewService overview;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ChartExportService exports;

    @Autowired
    PlacementService placements;

    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void measure() throws IOException {
        signInAs("wbc.staff");
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        for (int run = 0; run < RUNS + 2; run++) {
            events.publishEvent(new DataChange(Program.PLACEMENTS));
            long start = System.nanoTime();
            UI.getCurrent().navigate("");
            double coldMillis = (System.nanoTime() - start) / 1e6;
            UI.getCurrent().navigate("subsectors");
            start = System.nanoTime();
            UI.getCurrent().navigate("");
            double warmMillis = (System.nanoTime() - start) / 1e6;
            if (run >= 2) {
                cold.add(coldMillis);
                warm.add(warmMillis);
            }
            UI.getCurrent().navigate("subsectors");
        }
        events.publishEvent(new DataChange(Program.PLACEMENTS));
        statistics.clear();
        // what each open dashboard's push refresh asks for
        for (int dashboard = 0; dashboard < 50; dashboard++) {
            overview.figures(DashboardFilter.NONE);
            overview.placementsByOrganization(DashboardFilter.NONE);
            overview.placementsBySubsector(DashboardFilter.NONE);
        }
        long overviewComputations = overview.computations();
        long statements = statistics.getPrepareStatementCount();
        // the board pack: figures (cold, after a change), four charts drawn as vector graphics, their tables
        List<Double> packs = new ArrayList<>();
        int pages = 0;
        long bytes = 0;
        OverviewContent content = new OverviewContent(Translator.of(Locale.US),
                Locale.US, placements.campaignSettings(), Clock.systemDefaultZone());
        for (int run = 0; run < 7; run++) {
            events.publishEvent(new DataChange(Program.PLACEMENTS));
            long start = System.nanoTime();
            var report = content.report(overview, DashboardFilter.NONE, List.of(), null,
                    "Benchmark", "now");
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            exports.report(report, Locale.US, pdf, done -> { });
            if (run >= 2) {
                packs.add((System.nanoTime() - start) / 1e6);
            }
            bytes = pdf.size();
            pages = new PdfReader(pdf.toByteArray()).getNumberOfPages();
        }
        System.out.printf("%nOverview at %s, %d cores%n", System.getProperty("bench.url"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  server build, cold (after a change): median %7.1f ms  p95 %7.1f ms%n", median(cold),
                p95(cold));
        System.out.printf("  server build, warm (shared figures): median %7.1f ms  p95 %7.1f ms%n", median(warm),
                p95(warm));
        System.out.printf("  board pack (cold figures + PDF):     median %7.1f ms  p95 %7.1f ms  (%d pages, %,d KB)%n",
                median(packs), p95(packs), pages, bytes / 1024);
        System.out.printf("  one change, 50 dashboards refreshing: %d SQL statements (%d overview computations so far)%n",
                statements, overviewComputations);
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static double p95(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    }
}
