package org.partnerdashboard.placements.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.partnerdashboard.base.BackgroundJobs;
import org.partnerdashboard.base.ColumnMapping;
import org.partnerdashboard.base.ImportTable;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.ColumnMappingStep;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.DownloadLinks;
import org.partnerdashboard.base.ui.JobProgress;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.base.ui.SpreadsheetUpload;
import org.partnerdashboard.placements.ImportField;
import org.partnerdashboard.placements.ImportPreview;
import org.partnerdashboard.placements.ImportResult;
import org.partnerdashboard.placements.ImportRow;
import org.partnerdashboard.placements.OrganizationChoice;
import org.partnerdashboard.placements.PlacementImportService;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.security.Role;

/** Upload a spreadsheet, map its columns, preview every row's problems, then import when the user confirms. */
@Route("placements/import")
@Menu(order = 4, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed({Role.Names.CAMPAIGN_STAFF, Role.Names.CBO_STAFF})
public class PlacementImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    /** Imports writing more rows than this run in the background, so the page can show progress. */
    static final int BACKGROUND_ABOVE_ROWS = 1000;

    private final PlacementImportService imports;
    private final ComboBox<OrganizationChoice> organization = new ComboBox<>();
    private final Span fileError = new Span();
    private final ColumnMappingStep<ImportField> mappingStep = new ColumnMappingStep<>(ImportField.class,
            "import-field", this::showPreview);
    private final VerticalLayout previewStep = new VerticalLayout();
    private final Grid<ImportRow> rows = new Grid<>();
    private final Span summary = new Span();
    private final Checkbox validRowsOnly = new Checkbox();
    private final Button importButton = new Button();
    private final Span importBlocked = new Span();
    private final Anchor rejectedReport = new Anchor();
    private final JobProgress progress = new JobProgress(getTranslation("import.progress-label"));
    private final BackgroundJobs jobs;
    private ImportTable table;
    private ImportPreview preview;

    public PlacementImportView(PlacementImportService imports, PlacementService placements,
            BackgroundJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
        List<OrganizationChoice> organizations = placements.placingOrganizations();
        organization.setLabel(getTranslation("job-seeker.organization"));
        organization.setItems(organizations);
        organization.setItemLabelGenerator(OrganizationChoice::name);
        organization.setRequired(true);
        if (organizations.size() == 1) {
            organization.setValue(organizations.getFirst());
            organization.setReadOnly(true);
        }
        organization.addValueChangeListener(change -> previewStep.setVisible(false));

        SpreadsheetUpload upload = new SpreadsheetUpload(MAX_FILE_BYTES, getTranslation("import.drop"), this::loadFile,
                refused -> {
                    table = null;
                    mappingStep.setVisible(false);
                    previewStep.setVisible(false);
                    fileError.setText(refused);
                });
        fileError.addClassName("form-error");
        fileError.getElement().setAttribute("role", "alert");

        Div template = new Div(new Span(getTranslation("import.template")),
                new DownloadLinks("import-template", "placements-import-template", imports::writeTemplate));
        template.addClassName("import-template");

        buildPreviewStep();
        add(new H1(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")), template,
                organization, upload, fileError, mappingStep, previewStep);
        setWidthFull();
    }

    /** Reads the uploaded file and proposes a column mapping from its headers. */
    void loadFile(String fileName, byte[] content) {
        previewStep.setVisible(false);
        table = mappingStep.load(() -> imports.read(fileName, content), fileError);
    }

    private void buildPreviewStep() {
        PHONE.of(rows.addColumn(ImportRow::line).setHeader(getTranslation("import.line")).setWidth("4.5em")
                .setFlexGrow(0));
        PHONE.of(rows.addColumn(row -> getTranslation("import-outcome." + row.outcome()))
                .setHeader(getTranslation("import.outcome")).setWidth("8em").setFlexGrow(0));
        // problems are read whole: the cells wrap instead of ending in "…"
        PHONE.of(rows.addColumn(this::problems).setHeader(getTranslation("import.problems")).setWidth("10em")
                .setFlexGrow(3));
        LAPTOP.of(rows.addColumn(ImportRow::name).setHeader(getTranslation("placements.job-seeker")).setWidth("9em")
                .setFlexGrow(1));
        LAPTOP.of(rows.addColumn(ImportRow::externalId).setHeader(getTranslation("import-field.EXTERNAL_ID"))
                .setWidth("7em").setFlexGrow(0));
        MORE.of(rows.addColumn(ImportRow::employer).setHeader(getTranslation("placements.employer")).setWidth("10em")
                .setFlexGrow(1));
        MORE.of(rows.addColumn(ImportRow::startDate).setHeader(getTranslation("placements.start-date")).setWidth("8em")
                .setFlexGrow(0));
        ColumnPriority.adapt(rows);
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.setPartNameGenerator(row -> row.outcome() == ImportRow.Outcome.INVALID ? "invalid-row" : null);
        rows.setAriaLabel(getTranslation("import.preview-label"));
        rows.setHeight("28rem");
        summary.addClassName("import-summary");
        validRowsOnly.addValueChangeListener(change -> updateImportButton());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setId("import-rows");
        importButton.addClickListener(click -> runImport());
        rejectedReport.setText(getTranslation("import.download-rejected"));
        rejectedReport.setId("rejected-report");
        importBlocked.setId("import-blocked");
        importBlocked.addClassName("secondary-text");
        HorizontalLayout actions = new HorizontalLayout(importButton, importBlocked, rejectedReport);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        previewStep.add(new H2(getTranslation("import.preview-title")), summary, rows, validRowsOnly, actions,
                progress);
        previewStep.setPadding(false);
        previewStep.setVisible(false);
    }

    private void showPreview() {
        fileError.setText("");
        ColumnMapping<ImportField> mapping = mappingStep.mapping();
        if (organization.getValue() == null) {
            fileError.setText(getTranslation("error.required", getTranslation("job-seeker.organization")));
            return;
        }
        if (!mapping.missingRequired().isEmpty()) {
            fileError.setText(getTranslation("import.error.unmapped", mapping.missingRequired().stream()
                    .map(f -> getTranslation("import-field." + f)).collect(Collectors.joining(", "))));
            return;
        }
        preview = imports.preview(table, mapping, organization.getValue().id());
        rows.setItems(preview.rows());
        long invalid = preview.count(ImportRow.Outcome.INVALID);
        summary.setText(getTranslation("import.summary", preview.rows().size(), preview.count(ImportRow.Outcome.NEW),
                preview.count(ImportRow.Outcome.ALREADY_IMPORTED), invalid));
        validRowsOnly.setLabel(getTranslation("import.valid-rows-only", invalid));
        validRowsOnly.setValue(false);
        validRowsOnly.setVisible(invalid > 0);
        rejectedReport.setVisible(invalid > 0);
        rejectedReport.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(RejectedRowsReport.csv(preview, this::problems)),
                "rejected-rows.csv", "text/csv", -1)));
        updateImportButton();
        previewStep.setVisible(true);
    }

    private void updateImportButton() {
        long toImport = preview == null ? 0 : preview.count(ImportRow.Outcome.NEW);
        boolean blocked = preview != null && preview.count(ImportRow.Outcome.INVALID) > 0 && !validRowsOnly.getValue();
        importButton.setText(getTranslation("import.import-rows", toImport));
        importButton.setEnabled(toImport > 0 && !blocked);
        // a disabled button says nothing by itself: the reason stands beside it
        importBlocked.setText(blocked ? getTranslation("import.blocked.invalid-rows",
                preview.count(ImportRow.Outcome.INVALID)) : toImport == 0 && preview != null
                ? getTranslation("import.blocked.nothing-new") : "");
    }

    /** Small files import while the user waits; large ones in the background, with a progress bar. */
    private void runImport() {
        ImportTable importing = table;
        ColumnMapping<ImportField> mapping = mappingStep.mapping();
        long organizationId = organization.getValue().id();
        boolean validOnly = validRowsOnly.getValue();
        long rowsToWrite = preview.count(ImportRow.Outcome.NEW);
        if (rowsToWrite <= BACKGROUND_ABOVE_ROWS) {
            try {
                finished(imports.importRows(importing, mapping, organizationId, validOnly, done -> { }));
            } catch (InvalidInputException invalid) {
                fileError.setText(Messages.of(this, invalid));
            }
            return;
        }
        importButton.setEnabled(false);
        progress.run(jobs, "import.progress", (int) rowsToWrite,
                done -> imports.importRows(importing, mapping, organizationId, validOnly, done),
                this::finished, fileError::setText);
    }

    private void finished(ImportResult result) {
        Messages.success(getTranslation("import.done", result.imported(), result.alreadyImported(), result.rejected()));
        showPreview();
    }

    private String problems(ImportRow row) {
        return row.problems().stream()
                .map(p -> Messages.of(this, new InvalidInputException(p.key(), p.arguments())))
                .collect(Collectors.joining("; "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.name");
    }
}
