package org.partnerdashboard.indicators;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.partnerdashboard.indicators.RefreshAttempt.Outcome;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The automatic quarterly refresh (off unless {@code app.indicators.refresh.enabled}): fetches BLS's open-data CSV
 * slice of each followed area for the quarters it lacks and the latest ones it has (BLS revises them), imports each
 * file whole or not at all, retries a failed download with growing waits, and records every attempt; a quarter BLS
 * newly published is a notice for research editors on the import page.
 */
@Component
class QcewRefresh {

    static final String USER = "bls-refresh";
    /** Without BLS figures for an area yet, this many quarters back are asked for. */
    static final int FIRST_QUARTERS = 8;
    private static final Logger log = LoggerFactory.getLogger(QcewRefresh.class);

    /** One file to fetch. */
    record Fetch(String areaFips, Quarter quarter) {
    }

    private final QcewImporter importer;
    private final RefreshAttemptRepository attempts;
    private final IndicatorSettings.Refresh settings;
    private final EntityManager entityManager;
    private final AuditService audit;
    private final Clock clock;
    private final HttpClient http;

    QcewRefresh(QcewImporter importer, RefreshAttemptRepository attempts, IndicatorSettings settings,
            EntityManager entityManager, AuditService audit, Clock clock) {
        this.importer = importer;
        this.attempts = attempts;
        this.settings = settings.refresh();
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(this.settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Once a day on one instance: the lock keeps the others out while it runs and for a minute after. */
    @Scheduled(cron = "${app.indicators.refresh.cron:0 30 6 * * *}", zone = "America/Chicago")
    @SchedulerLock(name = "qcew-refresh", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    public void scheduled() {
        if (settings.enabled()) {
            run(plan());
        }
    }

    /**
     * For each followed area: its latest {@code revisedQuarters} quarters with BLS figures again, then every quarter
     * after them up to the last one that has ended (BLS publishes about five months later: until then a quarter is
     * simply not published yet).
     */
    List<Fetch> plan() {
        Quarter lastEnded = quarterOf(LocalDate.now(clock)).previous();
        List<Fetch> plan = new ArrayList<>();
        for (String area : entityManager.createQuery("select a.fips from Area a order by a.fips", String.class)
                .getResultList()) {
            Integer latest = entityManager.createQuery("select max(i.periodYear * 10 + i.periodQuarter)"
                    + " from SubsectorIndicator i where i.areaFips = :area and i.source = :source", Integer.class)
                    .setParameter("area", area).setParameter("source", QcewImporter.SOURCE).getSingleResult();
            Quarter from = latest == null ? lastEnded.minusQuarters(FIRST_QUARTERS - 1)
                    : new Quarter(latest / 10, latest % 10).minusQuarters(settings.revisedQuarters() - 1);
            for (Quarter q = from; q.compareTo(lastEnded) <= 0; q = q.next()) {
                plan.add(new Fetch(area, q));
            }
        }
        return plan;
    }

    /** Fetches and imports every file of the plan; returns how many attempts ended each way. */
    Map<Outcome, Integer> run(List<Fetch> plan) {
        String runId = UUID.randomUUID().toString();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        for (Fetch fetch : plan) {
            RefreshAttempt attempt = fetch(runId, fetch);
            attempts.save(attempt);
            outcomes.merge(attempt.getOutcome(), 1, Integer::sum);
        }
        audit.recordFor(USER, AuditAction.IMPORT, "QcewRefresh", null, plan.size() + " files asked for: " + outcomes);
        log.info("QCEW refresh: {} files asked for, {}", plan.size(), outcomes);
        return outcomes;
    }

    private RefreshAttempt fetch(String runId, Fetch fetch) {
        String path = fetch.quarter().year() + "/" + fetch.quarter().quarter() + "/area/" + fetch.areaFips() + ".csv";
        URI uri = URI.create(settings.baseUrl().replaceAll("/+$", "") + "/" + path);
        String failure = null;
        for (int tries = 1; tries <= Math.max(1, settings.attempts()); tries++) {
            if (tries > 1) {
                pause(settings.firstRetryAfter().multipliedBy(1L << (tries - 2)));
            }
            try {
                HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri)
                        .timeout(settings.timeout()).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    if (response.statusCode() == 404) {
                        return attempt(runId, fetch, Outcome.NOT_PUBLISHED, tries, null, uri.toString());
                    }
                    if (response.statusCode() != 200) {
                        failure = "HTTP " + response.statusCode();
                        continue;
                    }
                    byte[] content = body.readNBytes(QcewImporter.MAX_BYTES + 1);
                    long declared = response.headers().firstValueAsLong("Content-Length").orElse(content.length);
                    if (content.length != declared || content.length > QcewImporter.MAX_BYTES) {
                        failure = "incomplete download: " + content.length + " of " + declared + " bytes";
                        continue;
                    }
                    return imported(runId, fetch, tries, content, path);
                }
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return attempt(runId, fetch, Outcome.FAILED, tries, null, "interrupted");
            }
        }
        return attempt(runId, fetch, Outcome.FAILED, Math.max(1, settings.attempts()), null, failure + " · " + uri);
    }

    private RefreshAttempt imported(String runId, Fetch fetch, int tries, byte[] content, String path) {
        Long stored = entityManager.createQuery("select count(i) from SubsectorIndicator i where i.areaFips = :area"
                        + " and i.source = :source and i.periodYear = :year and i.periodQuarter = :quarter", Long.class)
                .setParameter("area", fetch.areaFips()).setParameter("source", QcewImporter.SOURCE)
                .setParameter("year", fetch.quarter().year()).setParameter("quarter", fetch.quarter().quarter())
                .getSingleResult();
        QcewImportResult result = importer.importFile(runId, "bls-api/" + path, content, USER);
        if (!result.imported()) {
            // a cut or malformed file: refused whole, nothing of it stored
            ImportProblem first = result.problems().getFirst();
            return attempt(runId, fetch, Outcome.REFUSED, tries, result, first.messageKey() + " (line "
                    + first.line() + ") " + String.join(", ", first.arguments()));
        }
        Outcome outcome = result.added() > 0 && stored == 0 ? Outcome.NEW_QUARTER
                : result.added() + result.updated() > 0 ? Outcome.REVISED : Outcome.UNCHANGED;
        return attempt(runId, fetch, outcome, tries, result, null);
    }

    private RefreshAttempt attempt(String runId, Fetch fetch, Outcome outcome, int tries, QcewImportResult result,
            String detail) {
        return new RefreshAttempt(runId, fetch.areaFips(), fetch.quarter(), outcome, tries,
                result == null ? 0 : result.added(), result == null ? 0 : result.updated(), detail, clock.instant());
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Quarter quarterOf(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }
}
