package org.partnerdashboard.placements;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.partnerdashboard.base.ColumnMapping;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.ImportProblem;
import org.partnerdashboard.base.ImportTable;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.base.OrganizationKind;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a community organization's spreadsheet of job seekers and placements: a preview lists every row's
 * problems; the import itself recomputes that preview and writes in one transaction, either every row or, when
 * the user chooses, only the valid ones. Rows whose external id the organization already imported are skipped,
 * so importing the same file twice changes nothing.
 */
@Service
@Transactional
@RolesAllowed({Role.Names.CAMPAIGN_STAFF, Role.Names.CBO_STAFF})
public class PlacementImportService {

    private final ApplicationEventPublisher events;

    private static final int FLUSH_EVERY = 500;
    static final int PROGRESS_EVERY = 100;

    private final EntityManager entityManager;
    private final PlacementMonthCounts monthCounts;
    private final PlacingOrganizations placingOrganizations;
    private final ReferenceDataService referenceData;
    private final CampaignSettings campaign;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    PlacementImportService(EntityManager entityManager, PlacingOrganizations placingOrganizations,
            ReferenceDataService referenceData, CampaignSettings campaign, CurrentUser currentUser,
            AuditService audit, Clock clock,
            ApplicationEventPublisher events, PlacementMonthCounts monthCounts) {
        this.events = events;
        this.monthCounts = monthCounts;
        this.entityManager = entityManager;
        this.placingOrganizations = placingOrganizations;
        this.referenceData = referenceData;
        this.campaign = campaign;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A file to start from: every field's column under a header the import recognizes, and one example row showing
     * how values are written (the employer must be one the app knows).
     */
    public void writeTemplate(TabularFormat format, OutputStream out) throws IOException {
        try (TabularWriter writer = TabularWriter.open(format, out, Arrays.stream(ImportField.values())
                .map(ImportField::templateHeader).toList())) {
            writer.row(TEMPLATE_EXAMPLE);
        }
    }

    private static final List<String> TEMPLATE_EXAMPLE = List.of("A-1001", "Ada", "Okafor", "ada@example.org",
            "(773) 555-0141", "60624", "Employer name as the app lists it", "CNC machine operator", "332",
            "Direct hire", "3/2/2026", "", "18.50", "yes", "Active");

    /** Reads an uploaded CSV or XLSX file; refuses empty, unreadable and non-spreadsheet files. */
    public ImportTable read(String fileName, byte[] content) {
        return SpreadsheetReader.read(fileName, content);
    }

    @Transactional(readOnly = true)
    public ImportPreview preview(ImportTable table, ColumnMapping<ImportField> mapping, long organizationId) {
        return new Validation(table, mapping, placingOrganizations.forCurrentUser(organizationId)).preview();
    }

    /**
     * @param validRowsOnly import the valid rows and leave the others; otherwise any invalid row stops the import
     * @param progress told how many rows are written so far, every {@value #PROGRESS_EVERY} rows and at the end
     */
    public ImportResult importRows(ImportTable table, ColumnMapping<ImportField> mapping, long organizationId,
            boolean validRowsOnly, IntConsumer progress) {
        events.publishEvent(new DataChange(Program.PLACEMENTS));
        Organization organization = placingOrganizations.forCurrentUser(organizationId);
        Validation validation = new Validation(table, mapping, organization);
        ImportPreview preview = validation.preview();
        long invalid = preview.count(ImportRow.Outcome.INVALID);
        if (invalid > 0 && !validRowsOnly) {
            throw new InvalidInputException("import.error.has-invalid-rows", invalid);
        }
        long imported = 0;
        Set<LocalDate> startDates = new HashSet<>();
        for (int i = 0; i < preview.rows().size(); i++) {
            if (preview.rows().get(i).outcome() == ImportRow.Outcome.NEW) {
                write(validation.seekers.get(i), validation.placements.get(i), organization);
                startDates.add(validation.placements.get(i).startDate());
                if (++imported % PROGRESS_EVERY == 0) {
                    progress.accept((int) imported);
                }
                if (imported % FLUSH_EVERY == 0) {
                    entityManager.flush();
                    entityManager.clear();
                    organization = entityManager.find(Organization.class, organizationId);
                }
            }
        }
        entityManager.flush();
        monthCounts.refresh(startDates);
        progress.accept((int) imported);
        ImportResult result = new ImportResult(imported, preview.count(ImportRow.Outcome.ALREADY_IMPORTED), invalid);
        audit.record(AuditAction.IMPORT, "PlacementImport", table.fileName(), organization.getName() + ": "
                + imported + " imported, " + result.alreadyImported() + " already imported, " + invalid + " rejected");
        return result;
    }

    private void write(JobSeekerDraft s, PlacementDraft p, Organization organization) {
        JobSeeker seeker = new JobSeeker(s.firstName().trim(), s.lastName().trim(), organization, clock.instant());
        seeker.setExternalId(s.externalId());
        seeker.setEmail(s.email());
        seeker.setPhone(s.phone());
        seeker.setZipCode(s.zipCode());
        entityManager.persist(seeker);
        Organization employer = entityManager.getReference(Organization.class, p.employerId());
        Placement placement = new Placement(seeker, organization, employer, p.jobTitle().trim(), p.naicsCode(),
                p.type(), p.startDate(), clock.instant());
        placement.update(employer, p.jobTitle().trim(), p.naicsCode(), p.type(), p.startDate(), p.endDate(),
                p.hourlyWage(), p.fullTime(), p.status());
        placement.setExternalId(s.externalId());
        entityManager.persist(placement);
        for (int days : new int[] {30, 90, 180}) {
            entityManager.persist(new RetentionCheck(placement, days));
        }
    }

    /** One pass over the table: drafts for every row, and each row's outcome. */
    private final class Validation {

        private final ImportTable table;
        private final ColumnMapping<ImportField> mapping;
        private final Organization organization;
        private final Map<Integer, JobSeekerDraft> seekers = new HashMap<>();
        private final Map<Integer, PlacementDraft> placements = new HashMap<>();

        Validation(ImportTable table, ColumnMapping<ImportField> mapping, Organization organization) {
            this.table = table;
            this.mapping = mapping;
            this.organization = organization;
            if (!mapping.missingRequired().isEmpty()) {
                throw new InvalidInputException("import.error.unmapped", mapping.missingRequired().stream()
                        .map(f -> "import-field." + f).toList().toString());
            }
        }

        ImportPreview preview() {
            Map<String, Long> employers = employersByName();
            Set<String> subsectors = new HashSet<>(referenceData.subsectors().stream().map(Subsector::code).toList());
            Set<String> existing = existingExternalIds();
            Set<String> seen = new HashSet<>();
            LocalDate today = LocalDate.now(clock);
            List<ImportRow> rows = new ArrayList<>(table.rows().size());
            for (int i = 0; i < table.rows().size(); i++) {
                List<ImportProblem> problems = new ArrayList<>();
                String externalId = cell(i, ImportField.EXTERNAL_ID);
                String employerName = cell(i, ImportField.EMPLOYER);
                if (externalId.isEmpty()) {
                    problems.add(new ImportProblem("import.problem.missing", "import-field.EXTERNAL_ID"));
                } else if (externalId.length() > 64) {
                    problems.add(new ImportProblem("import.problem.external-id-too-long"));
                } else if (!seen.add(externalId)) {
                    problems.add(new ImportProblem("import.problem.repeated-id", externalId));
                }
                Long employerId = employers.get(employerName.toLowerCase(Locale.ROOT));
                if (!employerName.isEmpty() && employerId == null) {
                    problems.add(new ImportProblem("import.problem.unknown-employer", employerName));
                }
                PlacementDraft placement = placementDraft(i, employerId, subsectors, problems);
                JobSeekerDraft seeker = new JobSeekerDraft(externalId, cell(i, ImportField.FIRST_NAME),
                        cell(i, ImportField.LAST_NAME), blankToNull(cell(i, ImportField.EMAIL)),
                        blankToNull(cell(i, ImportField.PHONE)), blankToNull(cell(i, ImportField.ZIP_CODE)), null,
                        organization.getId());
                rule(() -> PlacementRules.checkJobSeeker(seeker), problems); // names are read as they are: always
                if (problems.isEmpty()) { // a placement's rules need its dates and wage read
                    rule(() -> PlacementRules.checkPlacement(placement, campaign, today), problems);
                }
                ImportRow.Outcome outcome = !problems.isEmpty() ? ImportRow.Outcome.INVALID
                        : existing.contains(externalId) ? ImportRow.Outcome.ALREADY_IMPORTED : ImportRow.Outcome.NEW;
                if (outcome == ImportRow.Outcome.NEW) {
                    seekers.put(i, seeker);
                    placements.put(i, placement);
                }
                rows.add(new ImportRow(ImportTable.lineOf(i), externalId,
                        (cell(i, ImportField.LAST_NAME) + ", " + cell(i, ImportField.FIRST_NAME)).trim(), employerName,
                        cell(i, ImportField.START_DATE), outcome, List.copyOf(problems)));
            }
            return new ImportPreview(List.copyOf(rows));
        }

        private PlacementDraft placementDraft(int i, Long employerId, Set<String> subsectors,
                List<ImportProblem> problems) {
            String subsectorText = cell(i, ImportField.SUBSECTOR);
            String subsector = ImportValues.subsector(subsectorText);
            if (subsector == null || !subsectors.contains(subsector)) {
                problems.add(new ImportProblem("import.problem.subsector", subsectorText));
            }
            PlacementType type = ImportValues.type(cell(i, ImportField.TYPE));
            if (type == null) {
                problems.add(new ImportProblem("import.problem.type", cell(i, ImportField.TYPE)));
            }
            LocalDate start = parsed(i, ImportField.START_DATE, ImportValues::date, problems);
            LocalDate end = parsed(i, ImportField.END_DATE, ImportValues::date, problems);
            var wage = parsed(i, ImportField.HOURLY_WAGE, ImportValues::wage, problems);
            Boolean fullTime = parsed(i, ImportField.FULL_TIME, ImportValues::yesNo, problems);
            PlacementStatus status = parsed(i, ImportField.STATUS, ImportValues::status, problems);
            if (status == null) {
                status = end == null ? PlacementStatus.ACTIVE : PlacementStatus.ENDED;
            }
            return new PlacementDraft(employerId, cell(i, ImportField.JOB_TITLE), subsector, type, start, end, wage,
                    fullTime == null || fullTime, status);
        }

        /** The cell's value read by the parser; a problem when there is text that does not read. */
        private <T> T parsed(int i, ImportField field, Function<String, T> parser,
                List<ImportProblem> problems) {
            String text = cell(i, field);
            if (text.isEmpty()) {
                return null;
            }
            T value = parser.apply(text);
            if (value == null) {
                problems.add(new ImportProblem("import.problem.unreadable", "import-field." + field, text));
            }
            return value;
        }

        private String cell(int row, ImportField field) {
            return table.cell(row, mapping.column(field));
        }

        private Map<String, Long> employersByName() {
            Map<String, Long> byName = new HashMap<>();
            entityManager.createQuery("select o.id, o.name from Organization o where o.kind = :kind", Object[].class)
                    .setParameter("kind", OrganizationKind.EMPLOYER)
                    .getResultStream()
                    .forEach(r -> byName.put(((String) r[1]).toLowerCase(Locale.ROOT), (Long) r[0]));
            return byName;
        }

        private Set<String> existingExternalIds() {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < table.rows().size(); i++) {
                String id = cell(i, ImportField.EXTERNAL_ID);
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
            Set<String> existing = new HashSet<>();
            for (int from = 0; from < ids.size(); from += 1000) {
                existing.addAll(entityManager.createQuery("""
                                select p.externalId from Placement p
                                where p.placingOrganization.id = :organization and p.externalId in :ids""", String.class)
                        .setParameter("organization", organization.getId())
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                        .getResultList());
            }
            return existing;
        }
    }

    private static void rule(Runnable check, List<ImportProblem> problems) {
        try {
            check.run();
        } catch (InvalidInputException broken) {
            broken.problems().forEach(p -> problems.add(new ImportProblem(p.messageKey(), p.arguments())));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
