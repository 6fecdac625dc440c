package org.partnerdashboard.indicators;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
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

    IndicatorImportService(QcewImporter importer, CurrentUser currentUser, AuditService audit,
            EntityManager entityManager) {
        this.importer = importer;
        this.currentUser = currentUser;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** Imports the file whole, or returns its problems and changes nothing. */
    public QcewImportResult importQcew(String fileName, byte[] content) {
        QcewImportResult result = importer.importFile(fileName, content, currentUser.usernameOrAnonymous());
        audit.record(AuditAction.IMPORT, "QcewFile", null, fileName + (result.imported()
                ? ": " + result.added() + " added, " + result.updated() + " revised, " + result.unchanged() + " unchanged"
                : ": rejected, " + result.problems().size() + " problems"));
        return result;
    }

    /** The latest imports, newest first. */
    @Transactional(readOnly = true)
    public List<IndicatorImportRow> history(int limit) {
        return entityManager.createQuery("""
                        select i.importedAt, i.fileName, i.importedBy, i.rowsKept, i.rowsAdded, i.rowsUpdated,
                            i.rowsUnchanged, i.rowsIgnored
                        from IndicatorImport i order by i.importedAt desc, i.id desc""", Object[].class)
                .setMaxResults(limit)
                .getResultStream()
                .map(r -> new IndicatorImportRow((Instant) r[0], (String) r[1], (String) r[2], (Integer) r[3],
                        (Integer) r[4], (Integer) r[5], (Integer) r[6], (Integer) r[7]))
                .toList();
    }
}
