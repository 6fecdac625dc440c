package org.partnerdashboard.indicators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Research editors import BLS QCEW files; every import is kept in the history and audited. */
@Service
@RolesAllowed(Role.Names.RESEARCH_EDITOR)
public class IndicatorImportService {

    private final QcewImporter importer;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final IndicatorSettings settings;
    private final Clock clock;

    IndicatorImportService(QcewImporter importer, CurrentUser currentUser, AuditService audit,
            EntityManager entityManager, IndicatorSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.importer = importer;
        this.currentUser = currentUser;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** Imports one CSV file whole, or returns its problems and changes nothing; an entry of the history of its own. */
    public QcewImportResult importQcew(String fileName, byte[] content) {
        return importFile(UUID.randomUUID().toString(), fileName, content);
    }

    /**
     * Imports an uploaded CSV file, or each CSV file of a ZIP as BLS distributes them: each whole or not at all, on
     * its own (one file's problems do not stop the others). The files of one upload ({@code batch}) share one entry
     * of the history.
     */
    public List<QcewImportResult> importUpload(String batch, String fileName, byte[] content) {
        List<QcewImportResult> results = new ArrayList<>();
        for (QcewArchive.Entry entry : QcewArchive.entries(fileName, content, QcewImporter.MAX_BYTES)) {
            results.add(entry.problem() != null ? QcewImporter.rejected(entry.name(), entry.problem())
                    : importFile(batch, entry.name(), entry.content()));
        }
        return results;
    }

    private QcewImportResult importFile(String batch, String fileName, byte[] content) {
        QcewImportResult result = importer.importFile(batch, fileName, content, currentUser.usernameOrAnonymous());
        audit.record(AuditAction.IMPORT, "QcewFile", null, fileName + (result.imported()
                ? ": " + result.added() + " added, " + result.updated() + " revised, " + result.unchanged() + " unchanged"
                : ": rejected, " + result.problems().size() + " problems"));
        return result;
    }

    /** The latest uploads, newest first: the files of one upload together, their counts added up. */
    @Transactional(readOnly = true)
    public List<IndicatorImportRow> history(int limit) {
        Map<String, IndicatorImportRow> uploads = new LinkedHashMap<>();
        entityManager.createQuery("""
                        select i.importedAt, i.fileName, i.importedBy, i.rowsKept, i.rowsAdded, i.rowsUpdated,
                            i.rowsUnchanged, i.rowsIgnored, coalesce(i.batchId, cast(i.id as String))
                        from IndicatorImport i order by i.importedAt desc, i.id desc""", Object[].class)
                .setMaxResults(limit * QcewArchive.MAX_FILES)
                .getResultStream()
                .map(r -> Map.entry((String) r[8], new IndicatorImportRow((Instant) r[0], List.of((String) r[1]),
                        (String) r[2], (Integer) r[3], (Integer) r[4], (Integer) r[5], (Integer) r[6], (Integer) r[7])))
                .forEach(e -> uploads.merge(e.getKey(), e.getValue(), IndicatorImportRow::with));
        return uploads.values().stream().limit(limit).toList();
    }

    /** The automatic refresh's latest attempts, newest first. */
    @Transactional(readOnly = true)
    public List<RefreshRow> refreshHistory(int limit) {
        return entityManager.createQuery("select r from RefreshAttempt r order by r.attemptedAt desc, r.id desc",
                RefreshAttempt.class).setMaxResults(limit).getResultStream().map(RefreshAttempt::toRow).toList();
    }

    /** The latest quarter the automatic refresh brought that the app did not have, within the last 45 days. */
    @Transactional(readOnly = true)
    public Optional<RefreshRow> latestNewQuarter() {
        return entityManager.createQuery("""
                        select r from RefreshAttempt r where r.outcome = org.partnerdashboard.indicators.RefreshAttempt.Outcome.NEW_QUARTER
                            and r.attemptedAt >= :since
                        order by r.periodYear desc, r.periodQuarter desc, r.attemptedAt desc""", RefreshAttempt.class)
                .setParameter("since", clock.instant().minus(Duration.ofDays(45))).setMaxResults(1)
                .getResultStream().map(RefreshAttempt::toRow).findFirst();
    }

    /** Whether the automatic refresh runs, and from where. */
    public IndicatorSettings.Refresh refreshSettings() {
        return settings.refresh();
    }
}
