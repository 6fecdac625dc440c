package org.partnerdashboard.indicators;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.io.input.BOMInputStream;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.base.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a BLS QCEW file whole or not at all: every kept line is added, revised (BLS revises past quarters) or left
 * as it is, so importing the same file twice changes nothing. Used by the upload page and the start-up folder
 * loader; callers check who may import.
 */
@Component
class QcewImporter {

    private final ApplicationEventPublisher events;

    static final String SOURCE = "BLS QCEW";
    static final int MAX_BYTES = 50 * 1024 * 1024;

    private final SubsectorIndicatorRepository indicators;
    private final IndicatorImportRepository imports;
    private final EntityManager entityManager;
    private final Clock clock;

    QcewImporter(SubsectorIndicatorRepository indicators, IndicatorImportRepository imports,
            EntityManager entityManager, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.indicators = indicators;
        this.imports = imports;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** @param batch the upload this file came with: its files share one entry of the history */
    @Transactional
    QcewImportResult importFile(String batch, String fileName, byte[] content, String username) {
        if (content.length > MAX_BYTES) {
            return rejected(fileName, ImportProblem.of(0, "qcew.error.too-large", MAX_BYTES / 1024 / 1024));
        }
        QcewReader.Parsed parsed;
        try (Reader reader = new InputStreamReader(BOMInputStream.builder()
                .setInputStream(new ByteArrayInputStream(content)).get(), StandardCharsets.UTF_8)) {
            parsed = QcewReader.read(reader, areas(), industries());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!parsed.problems().isEmpty()) {
            return rejected(fileName, parsed.problems().toArray(ImportProblem[]::new));
        }
        Map<String, Long> seen = new HashMap<>(); // a cell twice in one file: which line is BLS's?
        for (QcewRow row : parsed.rows()) {
            Long earlier = seen.put(row.key(), row.line());
            if (earlier != null) {
                return rejected(fileName, ImportProblem.of(row.line(), "qcew.error.repeated", earlier));
            }
        }
        for (AnnualRow row : parsed.annual()) {
            Long earlier = seen.put(row.key(), row.line());
            if (earlier != null) {
                return rejected(fileName, ImportProblem.of(row.line(), "qcew.error.repeated", earlier));
            }
        }
        long added = 0;
        long updated = 0;
        Map<String, SubsectorIndicator> existing = existing(parsed.rows());
        for (QcewRow row : parsed.rows()) {
            SubsectorIndicator stored = existing.get(row.key());
            if (stored == null) {
                stored = new SubsectorIndicator(row.industryCode(), row.areaFips(), row.year(), row.quarter(), SOURCE);
                apply(stored, row);
                indicators.save(stored);
                added++;
            } else if (!sameFigures(stored, row)) {
                apply(stored, row);
                updated++;
            }
        }
        Map<String, AnnualIndicator> existingAnnual = existingAnnual(parsed.annual());
        for (AnnualRow row : parsed.annual()) {
            AnnualIndicator stored = existingAnnual.get(row.key());
            if (stored == null) {
                entityManager.persist(new AnnualIndicator(row, SOURCE));
                added++;
            } else if (stored.apply(row)) {
                updated++;
            }
        }
        QcewImportResult result = new QcewImportResult(fileName, parsed.kept(), added, updated,
                parsed.kept() - added - updated, parsed.ignored(), parsed.otherAreas(), List.of());
        imports.save(new IndicatorImport(batch, fileName, Secrets.sha256(content), SOURCE, result, username,
                clock.instant()));
        entityManager.flush(); // constraint violations surface here, inside the import
        events.publishEvent(new DataChange(Program.INDICATORS));
        return result;
    }

    static QcewImportResult rejected(String fileName, ImportProblem... problems) {
        return new QcewImportResult(fileName, 0, 0, 0, 0, 0, Set.of(), List.of(problems));
    }

    /** The stored QCEW rows for the years in the file, by key. */
    private Map<String, SubsectorIndicator> existing(List<QcewRow> rows) {
        Set<Integer> years = rows.stream().map(QcewRow::year).collect(Collectors.toSet());
        if (years.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select i from SubsectorIndicator i where i.source = :source"
                        + " and i.periodYear in :years", SubsectorIndicator.class)
                .setParameter("source", SOURCE).setParameter("years", years)
                .getResultStream()
                .collect(Collectors.toMap(i -> i.getIndustryCode() + "|" + i.getAreaFips() + "|" + i.getPeriodYear()
                        + "|" + i.getPeriodQuarter(), i -> i));
    }

    /** The stored annual averages for the years in the file, by key. */
    private Map<String, AnnualIndicator> existingAnnual(List<AnnualRow> rows) {
        Set<Integer> years = rows.stream().map(AnnualRow::year).collect(Collectors.toSet());
        if (years.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select a from AnnualIndicator a where a.source = :source"
                        + " and a.periodYear in :years", AnnualIndicator.class)
                .setParameter("source", SOURCE).setParameter("years", years)
                .getResultStream().collect(Collectors.toMap(AnnualIndicator::key, a -> a));
    }

    private static void apply(SubsectorIndicator stored, QcewRow row) {
        if (row.disclosed()) {
            stored.disclose(row.establishments(), row.month1(), row.month2(), row.month3(), row.totalWages(),
                    row.averageWeeklyWage(), row.comparisons());
        } else {
            stored.withhold(row.establishments(), row.comparisons());
        }
    }

    private static boolean sameFigures(SubsectorIndicator s, QcewRow r) {
        return s.isDisclosed() == r.disclosed() && Objects.equals(s.getEstablishments(), r.establishments())
                && Objects.equals(s.getMonth1Employment(), r.month1())
                && Objects.equals(s.getMonth2Employment(), r.month2())
                && Objects.equals(s.getMonth3Employment(), r.month3()) && Objects.equals(s.getTotalWages(), r.totalWages())
                && Objects.equals(s.getAverageWeeklyWage(), r.averageWeeklyWage())
                && s.getComparisons().equals(r.comparisons());
    }

    private Set<String> areas() {
        return new HashSet<>(entityManager.createQuery("select a.fips from Area a", String.class).getResultList());
    }

    /** The whole sector (31-33) and its subsectors. */
    private Set<String> industries() {
        Set<String> codes = new HashSet<>(entityManager.createQuery("select n.code from NaicsSubsector n", String.class)
                .getResultList());
        codes.add("31-33");
        return codes;
    }
}
