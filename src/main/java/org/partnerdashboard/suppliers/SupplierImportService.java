package org.partnerdashboard.suppliers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.partnerdashboard.base.ColumnMapping;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.ImportProblem;
import org.partnerdashboard.base.ImportTable;
import org.partnerdashboard.base.Industry;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.SpreadsheetReader;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.TabularWriter;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.suppliers.SupplierImportRow.MatchPolicy;
import org.partnerdashboard.suppliers.SupplierImportRow.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of the supplier lists IMEC and IMA already hold: read, normalize ({@link SupplierListValues}), match
 * against the directory and within the file, preview, then write in one transaction. Every supplier keeps its list
 * and the list's own id, so importing the same list again changes nothing and a newer version updates what changed.
 */
@Service
@RolesAllowed({Role.Names.SUPPLY_CHAIN_STAFF, Role.Names.ADMIN})
public class SupplierImportService {

    /** Imports of more rows than this run in the background with a progress bar. */
    public static final int BACKGROUND_ABOVE_ROWS = 1_000;
    public static final int MAX_ROWS = 50_000;
    static final int PROGRESS_EVERY = 250;
    private static final int FLUSH_EVERY = 500;

    private final EntityManager entityManager;
    private final SupplierRepository suppliers;
    private final ReferenceDataService referenceData;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final ZipCounties zipCounties = ZipCounties.illinois();

    SupplierImportService(EntityManager entityManager, SupplierRepository suppliers, ReferenceDataService referenceData,
            ApplicationEventPublisher events, CurrentUser currentUser, AuditService audit, Clock clock) {
        this.entityManager = entityManager;
        this.suppliers = suppliers;
        this.referenceData = referenceData;
        this.events = events;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads an uploaded CSV or XLSX list; refuses empty, unreadable and non-spreadsheet files and over-long lists. */
    public ImportTable read(String fileName, byte[] content) {
        ImportTable table = SpreadsheetReader.read(fileName, content);
        if (table.rows().size() > MAX_ROWS) {
            throw new InvalidInputException("import.error.too-many-rows", MAX_ROWS);
        }
        return table;
    }

    /** A list to start from: every column the import recognizes, and one example row. */
    public void writeTemplate(TabularFormat format, OutputStream out) throws IOException {
        try (TabularWriter writer = TabularWriter.open(format, out, Arrays.stream(SupplierImportField.values())
                .map(SupplierImportField::templateHeader).toList())) {
            writer.row(List.of("Acme Tool & Die Inc.", "CRM-1001", "1200 W 35th St", "Chicago", "IL", "60609", "Cook",
                    "332710-MBE, 333514", "ISO 9001:2015; WBE", "", "Ana Ruiz", "ana@acmetool.example",
                    "312.555.0100", "www.acmetool.example", "45", "CNC machining, tool and die"));
        }
    }

    /** What importing the list would do with each row; writes nothing. */
    @Transactional(readOnly = true)
    public SupplierImportPreview preview(ImportTable table, ColumnMapping<SupplierImportField> mapping,
            String sourceName) {
        try {
            return new Reading(table, mapping, sourceName).preview();
        } finally {
            entityManager.clear(); // rows compared by applying them to loaded suppliers: nothing of that is kept
        }
    }

    /**
     * Writes the list in one transaction: new suppliers as imported, rows from the same list updated where they
     * changed, matches as the policy (or the row's own choice) says.
     *
     * @param validRowsOnly leave rows with problems out; otherwise any such row stops the import and nothing is saved
     * @param progress told how many rows are done so far
     */
    @Transactional
    public SupplierImportResult importRows(ImportTable table, ColumnMapping<SupplierImportField> mapping,
            String sourceName, MatchPolicy policy, Map<Integer, MatchPolicy> byLine, boolean validRowsOnly,
            IntConsumer progress) {
        events.publishEvent(new DataChange(Program.SUPPLIERS));
        Reading reading = new Reading(table, mapping, sourceName);
        SupplierImportPreview preview = reading.preview();
        entityManager.clear(); // the preview's comparisons touched loaded suppliers: forget them, write afresh
        long invalid = preview.count(Outcome.PROBLEM);
        if (invalid > 0 && !validRowsOnly) {
            throw new InvalidInputException("import.error.has-invalid-rows", invalid);
        }
        SupplierSource source = source(sourceName);
        LocalDate today = LocalDate.now(clock);
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
        int done = 0;
        Map<Long, Supplier> loaded = Map.of();
        for (SupplierImportRow row : preview.rows()) {
            if (done % FLUSH_EVERY == 0) {
                loaded = load(toWrite(preview.rows().subList(done, Math.min(done + FLUSH_EVERY,
                        preview.rows().size())), policy, byLine));
            }
            SupplierListEntry entry = reading.entries.get(row.line());
            MatchPolicy chosen = byLine.getOrDefault(row.line(), policy);
            switch (row.outcome()) {
                case NEW -> {
                    entityManager.persist(Supplier.imported(entry, source.getId(), today));
                    added++;
                }
                case UNCHANGED -> unchanged++; // the preview compared it: nothing to write
                case MATCH, UPDATE -> {
                    if (row.outcome() == Outcome.MATCH && chosen == MatchPolicy.SKIP) {
                        skipped++;
                    } else if (loaded.get(row.matchedSupplierId())
                            .apply(entry, row.outcome() == Outcome.MATCH && chosen == MatchPolicy.FILL_EMPTY)) {
                        updated++;
                    } else {
                        unchanged++;
                    }
                }
                default -> { }
            }
            done++;
            if (done % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear(); // bounded memory for lists of tens of thousands of rows
            }
            if (done % PROGRESS_EVERY == 0) {
                progress.accept(done);
            }
        }
        int rejected = (int) (preview.count(Outcome.PROBLEM) + preview.count(Outcome.DUPLICATE));
        SupplierImportResult result = new SupplierImportResult(added, updated, unchanged, skipped, rejected);
        entityManager.persist(new SupplierImportRecord(source.getId(), table.fileName(),
                currentUser.usernameOrAnonymous(), clock.instant(), table.rows().size(), result));
        audit.record(AuditAction.IMPORT, "SupplierList", source.getId(), table.fileName() + " · " + source.getName()
                + " · " + added + " added, " + updated + " updated, " + unchanged + " unchanged, " + skipped
                + " skipped, " + rejected + " left out");
        entityManager.flush(); // a constraint the database enforces fails here, inside the import, not at commit
        progress.accept(done);
        return result;
    }

    /** The latest imports, newest first, with their list's name. */
    @Transactional(readOnly = true)
    public List<SupplierImportHistoryRow> history(int limit) {
        return entityManager.createQuery("""
                        select new org.partnerdashboard.suppliers.SupplierImportHistoryRow(s.name, i.fileName,
                            i.importedBy, i.importedAt, i.rowsRead, i.added, i.updated, i.unchanged, i.skipped,
                            i.rejected)
                        from SupplierImportRecord i, SupplierSource s where s.id = i.sourceId
                        order by i.importedAt desc""", SupplierImportHistoryRow.class)
                .setMaxResults(limit).getResultList();
    }

    /** The lists imported so far, to filter the directory by. */
    @Transactional(readOnly = true)
    @RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
    public List<SupplierSourceChoice> sourceChoices() {
        return entityManager.createQuery("select new org.partnerdashboard.suppliers.SupplierSourceChoice(s.id, s.name)"
                + " from SupplierSource s order by s.name", SupplierSourceChoice.class).getResultList();
    }

    /** The names of the lists imported so far, to pick from. */
    @Transactional(readOnly = true)
    public List<String> sources() {
        return entityManager.createQuery("select s.name from SupplierSource s order by s.name", String.class)
                .getResultList();
    }

    /** Staff checked an imported supplier: it joins the approved directory. */
    @Transactional
    public void verify(long supplierId) {
        events.publishEvent(new DataChange(Program.SUPPLIERS));
        Supplier supplier = suppliers.findById(supplierId)
                .orElseThrow(() -> new InvalidInputException("supplier.error.not-found"));
        supplier.verify(LocalDate.now(clock));
        suppliers.flush();
        audit.record(AuditAction.UPDATE, "Supplier", supplierId, "verified after import");
    }

    /** The suppliers these rows will change: updates from the same list, and matches not skipped. */
    private static List<Long> toWrite(List<SupplierImportRow> rows, MatchPolicy policy, Map<Integer, MatchPolicy> byLine) {
        return rows.stream().filter(r -> r.outcome() == Outcome.UPDATE || r.outcome() == Outcome.MATCH
                        && byLine.getOrDefault(r.line(), policy) != MatchPolicy.SKIP)
                .map(SupplierImportRow::matchedSupplierId).toList();
    }

    /** Loads suppliers by one query (their codes and certifications batch-fetched), by id. */
    private Map<Long, Supplier> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select s from Supplier s where s.id in :ids", Supplier.class)
                .setParameter("ids", Set.copyOf(ids)).getResultStream()
                .collect(Collectors.toMap(Supplier::getId, supplier -> supplier));
    }

    private SupplierSource source(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("error.required", "supplier-import.source");
        }
        if (name.trim().length() > SupplierSource.MAX_NAME) {
            throw new InvalidInputException("supplier.error.too-long", "supplier-import.source", SupplierSource.MAX_NAME);
        }
        return findSource(name).orElseGet(() -> {
            SupplierSource created = new SupplierSource(name, currentUser.usernameOrAnonymous(), clock.instant());
            entityManager.persist(created);
            return created;
        });
    }

    private Optional<SupplierSource> findSource(String name) {
        return entityManager.createQuery("select s from SupplierSource s where s.nameKey = :key", SupplierSource.class)
                .setParameter("key", SupplierSource.key(name)).getResultStream().findFirst();
    }

    /** The list read row by row against the directory as it is now. */
    private final class Reading {

        private final ImportTable table;
        private final ColumnMapping<SupplierImportField> mapping;
        private final Long sourceId;
        private final Map<Integer, SupplierListEntry> entries = new HashMap<>();

        Reading(ImportTable table, ColumnMapping<SupplierImportField> mapping, String sourceName) {
            if (!mapping.missingRequired().isEmpty()) {
                throw new InvalidInputException("import.error.unmapped", mapping.missingRequired().stream()
                        .map(f -> "supplier-import-field." + f.name()).collect(Collectors.joining(", ")));
            }
            this.table = table;
            this.mapping = mapping;
            this.sourceId = sourceName == null || sourceName.isBlank() ? null
                    : findSource(sourceName).map(SupplierSource::getId).orElse(null);
        }

        SupplierImportPreview preview() {
            SupplierMatcher directory = SupplierMatcher.of(entityManager, sourceId);
            SupplierListReader reader = new SupplierListReader(
                    referenceData.industries().stream().map(Industry::code).collect(Collectors.toSet()),
                    referenceData.subsectors().stream().map(Subsector::code).collect(Collectors.toSet()),
                    // "Cook County, IL" in the app, "Cook County" in the Census crosswalk and in lists
                    referenceData.counties().stream().collect(Collectors.toMap(
                            c -> c.name().replaceAll(",\\s*IL$", ""), c -> c.fips())),
                    zipCounties);
            SupplierMatcher withinFile = SupplierMatcher.empty();
            List<SupplierImportRow> rows = new ArrayList<>();
            List<Integer> sameSource = new ArrayList<>();
            for (int index = 0; index < table.rows().size(); index++) {
                int i = index;
                int line = ImportTable.lineOf(i);
                List<ImportProblem> problems = new ArrayList<>();
                List<ImportProblem> notes = new ArrayList<>();
                SupplierListEntry entry = reader.read(field -> table.cell(i, mapping.column(field)), line, problems,
                        notes);
                if (entry == null || !problems.isEmpty()) {
                    rows.add(new SupplierImportRow(line, cell(i, SupplierImportField.SOURCE_ID),
                            cell(i, SupplierImportField.LEGAL_NAME), cell(i, SupplierImportField.CITY), Outcome.PROBLEM,
                            null, null, null, problems, notes));
                    continue;
                }
                SupplierMatcher.Match earlier = withinFile.find(entry, false);
                if (earlier != null) {
                    problems.add(new ImportProblem("supplier-import.duplicate-row", earlier.line(), earlier.name()));
                    rows.add(row(line, entry, Outcome.DUPLICATE, null, problems, notes));
                    continue;
                }
                withinFile.add(entry, line, null);
                entries.put(line, entry);
                SupplierMatcher.Match match = directory.find(entry, true);
                if (match == null) {
                    rows.add(row(line, entry, Outcome.NEW, null, problems, notes));
                } else if ("source".equals(match.by())) {
                    sameSource.add(rows.size());
                    rows.add(row(line, entry, Outcome.UNCHANGED, match, problems, notes)); // compared below
                } else {
                    rows.add(row(line, entry, Outcome.MATCH, match, problems, notes));
                }
            }
            compareWithDirectory(rows, sameSource);
            return new SupplierImportPreview(rows);
        }

        /**
         * Rows from the same list again: updates where applying them would change the supplier. Compared in chunks,
         * each chunk's suppliers loaded by one query, then forgotten (nothing is written here).
         */
        private void compareWithDirectory(List<SupplierImportRow> rows, List<Integer> sameSource) {
            for (int from = 0; from < sameSource.size(); from += FLUSH_EVERY) {
                List<Integer> chunk = sameSource.subList(from, Math.min(sameSource.size(), from + FLUSH_EVERY));
                Map<Long, Supplier> loaded = load(chunk.stream().map(i -> rows.get(i).matchedSupplierId()).toList());
                for (int index : chunk) {
                    SupplierImportRow row = rows.get(index);
                    if (loaded.get(row.matchedSupplierId()).apply(entries.get(row.line()), false)) {
                        rows.set(index, row.withOutcome(Outcome.UPDATE));
                    }
                }
                entityManager.clear();
            }
        }

        private String cell(int row, SupplierImportField field) {
            return table.cell(row, mapping.column(field));
        }
    }

    private static SupplierImportRow row(int line, SupplierListEntry entry, Outcome outcome,
            SupplierMatcher.Match match, List<ImportProblem> problems, List<ImportProblem> notes) {
        return new SupplierImportRow(line, entry.sourceRecordId(), entry.legalName(), entry.city(), outcome,
                match == null ? null : match.supplierId(), match == null ? null : match.name(),
                match == null ? null : match.by(), List.copyOf(problems), List.copyOf(notes));
    }
}
