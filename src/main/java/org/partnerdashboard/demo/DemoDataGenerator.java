package org.partnerdashboard.demo;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.partnerdashboard.indicators.QcewFileLoader;
import org.partnerdashboard.placements.PlacementMonthCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with deterministic demo data for all four programs, in one transaction:
 * the same seed and day always give the same rows (and one demo user per role). Writes with JDBC batches, not JPA,
 * to reach 1M placements fast.
 */
@Component
public class DemoDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);
    private static final long ATOMIC_ROWS = 100_000;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final QcewFileLoader qcew;
    private final PlacementMonthCounts placementMonthCounts;
    private final TransactionTemplate transactions;

    DemoDataGenerator(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, Clock clock, QcewFileLoader qcew,
            PlatformTransactionManager transactionManager,
            PlacementMonthCounts placementMonthCounts) {
        this.jdbc = jdbc;
        this.placementMonthCounts = placementMonthCounts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.qcew = qcew;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** What was written, for the log and for tests. */
    public record Summary(long organizations, long placements, long retentionChecks, long suppliers,
            long sourcingRequests, long supplierMatches, long indicators, long millis) {
    }

    public boolean databaseIsEmpty() {
        Long organizations = jdbc.queryForObject("SELECT COUNT(*) FROM organization", Long.class);
        return organizations != null && organizations == 0;
    }

    /**
     * Writes the demo data: all or nothing for ordinary sizes; above {@value #ATOMIC_ROWS} rows in committed batches,
     * because one transaction of millions of rows makes H2's file grow without bound (an interrupted large load leaves
     * a partial database: delete it and load again).
     */
    public Summary generate(DemoDataProperties size) {
        Summary summary;
        if ((long) size.placements() + size.suppliers() + size.sourcingRequests() <= ATOMIC_ROWS) {
            summary = transactions.execute(status -> write(size));
        } else {
            log.info("Large demo data: written in committed batches");
            summary = write(size);
        }
        updateStatistics();
        return summary;
    }

    /**
     * After a bulk load, as the database's own maintenance would do in a while: fresh planner statistics, and on
     * PostgreSQL the visibility map that lets index-only scans skip the table (a page 10,000 rows deep read 10,000
     * rows from the heap until autovacuum came by). VACUUM cannot run inside a transaction: skipped within one.
     */
    private void updateStatistics() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        String product = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
        jdbc.execute("PostgreSQL".equals(product) ? "VACUUM ANALYZE" : "ANALYZE");
    }

    private Summary write(DemoDataProperties size) {
        if (!databaseIsEmpty()) {
            throw new IllegalStateException("Demo data is only loaded into an empty database");
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Pick pick = new Pick(new SplittableRandom(size.seed()));
        CompanyNames names = new CompanyNames(pick);

        int employers = Math.max(150, Math.min(5_000, size.placements() / 200));
        int buyers = Math.max(40, Math.min(2_000, size.sourcingRequests() / 20));
        DemoOrganizations orgs = new OrganizationSeeder(jdbc, pick, names).seed(employers, buyers);
        int users = new UserSeeder(jdbc, passwordEncoder).seed(clock.instant().atOffset(ZoneOffset.UTC));
        long checks = new PlacementSeeder(jdbc, pick, new Pick(new SplittableRandom(size.seed() + 3)), orgs,
                today).seed(size.placements());
        placementMonthCounts.rebuild();
        SupplierSeeder supplierSeeder = new SupplierSeeder(jdbc, pick,
                new Pick(new SplittableRandom(size.seed() + 1)), names, today);
        Map<String, List<Long>> approved = supplierSeeder.seed(size.suppliers());
        SourcingSeeder sourcingSeeder = new SourcingSeeder(jdbc, pick, today);
        long matches = sourcingSeeder.seed(size.sourcingRequests(), orgs.buyerIds(), approved, supplierSeeder);
        // its own random stream, so every other demo figure stays as it was
        SpacesSeeder spaces = new SpacesSeeder(jdbc, new Pick(new SplittableRandom(size.seed() + 2)));
        spaces.seed(orgs.maxId() + 1, users + 1, passwordEncoder.encode(UserSeeder.PASSWORD),
                clock.instant().atOffset(ZoneOffset.UTC), today);
        long certificationDecision = supplierSeeder.decisionsWritten() + 1;
        int certificationChanges = spaces.seedCertifications(certificationDecision,
                clock.instant().atOffset(ZoneOffset.UTC), today);
        CalendarSeeder calendarSeeder = new CalendarSeeder(jdbc);
        calendarSeeder.seed(today, clock.instant().atOffset(ZoneOffset.UTC));
        NewsletterSeeder newsletterSeeder = new NewsletterSeeder(jdbc);
        newsletterSeeder.seed(clock.instant().atOffset(ZoneOffset.UTC));
        TargetSeeder targetSeeder = new TargetSeeder(jdbc);
        targetSeeder.seed(today, clock.instant().atOffset(ZoneOffset.UTC));
        IndicatorSeeder indicatorSeeder = new IndicatorSeeder(jdbc, pick);
        long indicators = indicatorSeeder.seed(today);
        restartSequence("manual_indicator_seq", indicatorSeeder.seedOpenings(today));
        restartSequence("subsector_indicator_seq", indicators); // before JPA adds the real QCEW sample's rows
        QcewFileLoader.BUNDLED_PEERS.forEach((fips, name) -> jdbc.update(
                "INSERT INTO area (fips, name, kind, partnership_area) VALUES (?, ?, 'METRO', FALSE)", fips, name));
        long officialIndicators = qcew.loadBundledSamples();

        restartSequence("organization_seq", orgs.maxId() + 1);
        restartSequence("app_user_seq", users + 2);
        restartSequence("supplier_interest_seq", spaces.interestsWritten());
        restartSequence("job_seeker_seq", size.placements());
        restartSequence("placement_seq", size.placements());
        restartSequence("retention_check_seq", checks);
        restartSequence("supplier_seq", size.suppliers());
        restartSequence("supplier_decision_seq", certificationDecision);
        restartSequence("certification_change_seq", certificationChanges);
        restartSequence("placement_target_seq", targetSeeder.targetsWritten());
        restartSequence("partnership_event_seq", calendarSeeder.eventsWritten());
        restartSequence("newsletter_subscriber_seq", newsletterSeeder.subscribersWritten());
        restartSequence("newsletter_issue_seq", 1);
        restartSequence("placement_target_change_seq", targetSeeder.changesWritten());
        restartSequence("supplier_source_seq", supplierSeeder.listsWritten());
        restartSequence("supplier_import_seq", supplierSeeder.listsWritten());
        restartSequence("sourcing_request_seq", size.sourcingRequests());
        restartSequence("sourcing_request_event_seq", sourcingSeeder.eventsWritten());
        restartSequence("supplier_match_seq", matches);

        Summary summary = new Summary(orgs.maxId(), size.placements(), checks, size.suppliers(),
                size.sourcingRequests(), matches, indicators + officialIndicators, (System.nanoTime() - started) / 1_000_000);
        log.info("Demo data loaded: {}", summary);
        return summary;
    }

    /** Moves a sequence past the ids written here, with room for Hibernate's pooled block of 50. */
    private void restartSequence(String sequence, long maxId) {
        jdbc.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + (maxId + 100));
    }
}
