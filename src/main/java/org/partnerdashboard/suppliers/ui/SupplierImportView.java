package org.partnerdashboard.suppliers.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerdashboard.base.BackgroundJobs;
import org.partnerdashboard.base.ImportProblem;
import org.partnerdashboard.base.ImportTable;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.TabularWriter;
import org.partnerdashboard.base.ui.ColumnMappingStep;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.DownloadLinks;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.JobProgress;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.base.ui.SpreadsheetUpload;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.suppliers.SupplierImportField;
import org.partnerdashboard.suppliers.SupplierImportHistoryRow;
import org.partnerdashboard.suppliers.SupplierImportPreview;
import org.partnerdashboard.suppliers.SupplierImportResult;
import org.partnerdashboard.suppliers.SupplierImportRow;
import org.partnerdashboard.suppliers.SupplierImportRow.MatchPolicy;
import org.partnerdashboard.suppliers.SupplierImportRow.Outcome;
import org.partnerdashboard.suppliers.SupplierImportService;

/**
 * Supplier lists in bulk (IMEC's CRM, IMA's members, certified-vendor directories): name the list, upload it, check
 * the columns, see what each row would do (new, matches a supplier, same as last time, duplicate, problem), choose
 * what matches do, import. Large lists import in the background with a progress bar.
 */
@Route("suppliers/import")
@Menu(order = 6.6, icon = "vaadin:upload", title = "nav.supplier-import")
@RolesAllowed({Role.Names.SUPPLY_CHAIN_STAFF, Role.Names.ADMIN})
public class SupplierImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 30 * 1024 * 1024;

    private final SupplierImportService imports;
    private final BackgroundJobs jobs;
    private final ComboBox<String> source = new ComboBox<>();
    private final Span fileError = new Span();
    private final ColumnMappingStep<SupplierImportField> mappingStep = new ColumnMappingStep<>(
            SupplierImportField.class, "supplier-import-field", this::showPreview);
    private final VerticalLayout previewStep = new VerticalLayout();
    private final Span summary = new Span();
    private final RadioButtonGroup<MatchPolicy> policy = new RadioButtonGroup<>();
    private final Grid<SupplierImportRow> rows = new Grid<>();
    private final Checkbox validRowsOnly = new Checkbox();
    private final Button importButton = new Button();
    private final Span importBlocked = new Span();
    private final Anchor rejectedReport = new Anchor();
    private final JobProgress progress = new JobProgress(getTranslation("import.progress-label"));
    private final Grid<SupplierImportHistoryRow> history = new Grid<>();
    private final Map<Integer, MatchPolicy> byLine = new HashMap<>();
    private ImportTable table;
    private SupplierImportPreview preview;

    public SupplierImportView(SupplierImportService imports, BackgroundJobs jobs, Clock clock) {
        this.imports = imports;
        this.jobs = jobs;
        source.setLabel(getTranslation("supplier-import.source"));
        source.setHelperText(getTranslation("supplier-import.source-help"));
        source.setItems(imports.sources());
        source.setAllowCustomValue(true);
        source.addCustomValueSetListener(typed -> source.setValue(typed.getDetail()));
        source.setRequiredIndicatorVisible(true);
        source.setId("supplier-import-source");
        source.setWidth("min(100%, 24rem)");

        SpreadsheetUpload upload = new SpreadsheetUpload(MAX_FILE_BYTES, getTranslation("supplier-import.drop"),
                this::loadFile, refused -> {
                    table = null;
                    mappingStep.setVisible(false);
                    previewStep.setVisible(false);
                    fileError.setText(refused);
                });
        fileError.addClassName("form-error");
        fileError.getElement().setAttribute("role", "alert");

        Div template = new Div(new Span(getTranslation("supplier-import.template")),
                new DownloadLinks("supplier-import-template", "supplier-list-template", imports::writeTemplate));
        template.addClassName("import-template");

        buildPreviewStep();
        buildHistory(clock);
        add(new H1(getTranslation("supplier-import.title")), new Paragraph(getTranslation("supplier-import.intro")),
                template, source, upload, fileError, mappingStep, previewStep,
                new H2(getTranslation("supplier-import.history")), history);
        setWidthFull();
    }

    void loadFile(String fileName, byte[] content) {
        previewStep.setVisible(false);
        table = mappingStep.load(() -> imports.read(fileName, content), fileError);
    }

    private void buildPreviewStep() {
        policy.setLabel(getTranslation("supplier-import.policy"));
        policy.setItems(MatchPolicy.values());
        policy.setItemLabelGenerator(p -> getTranslation("supplier-import.policy." + p));
        policy.setValue(MatchPolicy.SKIP);
        policy.setId("supplier-import-policy");
        policy.addValueChangeListener(change -> rows.getDataProvider().refreshAll()); // rows not chosen follow it
        PHONE.of(rows.addColumn(SupplierImportRow::line).setHeader(getTranslation("import.line")).setWidth("4.5em")
                .setFlexGrow(0));
        PHONE.of(rows.addColumn(r -> getTranslation("supplier-import-outcome." + r.outcome()))
                .setHeader(getTranslation("import.outcome")).setWidth("8em").setFlexGrow(0));
        PHONE.of(rows.addColumn(r -> r.legalName() == null ? "" : r.legalName())
                .setHeader(getTranslation("supplier.legal-name")).setWidth("10em").setFlexGrow(1));
        LAPTOP.of(rows.addColumn(this::explanation).setHeader(getTranslation("supplier-import.what"))
                .setWidth("14em").setFlexGrow(3));
        LAPTOP.of(rows.addComponentColumn(this::choice).setHeader(getTranslation("supplier-import.choice"))
                .setWidth("11em").setFlexGrow(0));
        MORE.of(rows.addColumn(r -> r.city() == null ? "" : r.city()).setHeader(getTranslation("supplier.city"))
                .setWidth("8em").setFlexGrow(0));
        MORE.of(rows.addColumn(r -> r.sourceRecordId() == null ? "" : r.sourceRecordId())
                .setHeader(getTranslation("supplier-import-field.SOURCE_ID")).setWidth("7em").setFlexGrow(0));
        ColumnPriority.adapt(rows);
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        rows.setPartNameGenerator(r -> r.outcome() == Outcome.PROBLEM ? "invalid-row" : null);
        rows.setAriaLabel(getTranslation("supplier-import.preview-label"));
        rows.setId("supplier-import-rows");
        rows.setHeight("28rem");
        summary.addClassName("import-summary");
        summary.setId("supplier-import-summary");
        validRowsOnly.addValueChangeListener(change -> updateImportButton());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setId("import-rows");
        importButton.addClickListener(click -> runImport());
        importBlocked.setId("import-blocked");
        importBlocked.addClassName("secondary-text");
        rejectedReport.setText(getTranslation("import.download-rejected"));
        rejectedReport.setId("rejected-report");
        HorizontalLayout actions = new HorizontalLayout(importButton, importBlocked, rejectedReport);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        previewStep.add(new H2(getTranslation("import.preview-title")), summary, policy, rows, validRowsOnly, actions,
                progress);
        previewStep.setPadding(false);
        previewStep.setVisible(false);
    }

    private void buildHistory(Clock clock) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        PHONE.of(history.addColumn(SupplierImportHistoryRow::source).setHeader(getTranslation("supplier-import.source"))
                .setWidth("10em").setFlexGrow(1));
        PHONE.of(history.addColumn(r -> when.format(r.importedAt())).setHeader(getTranslation("qcew.history.when"))
                .setWidth("10em").setFlexGrow(0));
        LAPTOP.of(history.addColumn(r -> Formats.integer(r.added(), getLocale()))
                .setHeader(getTranslation("qcew.history.added")).setWidth("6em").setFlexGrow(0));
        LAPTOP.of(history.addColumn(r -> Formats.integer(r.updated(), getLocale()))
                .setHeader(getTranslation("supplier-import.updated")).setWidth("6em").setFlexGrow(0));
        LAPTOP.of(history.addColumn(r -> Formats.integer(r.unchanged(), getLocale()))
                .setHeader(getTranslation("qcew.history.unchanged")).setWidth("7em").setFlexGrow(0));
        MORE.of(history.addColumn(r -> Formats.integer(r.skipped() + r.rejected(), getLocale()))
                .setHeader(getTranslation("supplier-import.left-out")).setWidth("7em").setFlexGrow(0));
        MORE.of(history.addColumn(SupplierImportHistoryRow::fileName).setHeader(getTranslation("qcew.history.file"))
                .setWidth("10em").setFlexGrow(1));
        MORE.of(history.addColumn(SupplierImportHistoryRow::importedBy).setHeader(getTranslation("qcew.history.by"))
                .setWidth("8em").setFlexGrow(0));
        ColumnPriority.adapt(history);
        history.setAllRowsVisible(true);
        history.setEmptyStateText(getTranslation("supplier-import.history-empty"));
        history.setAriaLabel(getTranslation("supplier-import.history"));
        history.setItems(imports.history(20));
    }

    private void showPreview() {
        fileError.setText("");
        if (source.getValue() == null || source.getValue().isBlank()) {
            source.setInvalid(true);
            source.setErrorMessage(getTranslation("error.required", getTranslation("supplier-import.source")));
            source.focus();
            return;
        }
        source.setInvalid(false);
        try {
            preview = imports.preview(table, mappingStep.mapping(), source.getValue());
        } catch (InvalidInputException invalid) {
            fileError.setText(Messages.of(this, invalid));
            return;
        }
        byLine.clear();
        rows.setItems(preview.rows());
        long problems = preview.count(Outcome.PROBLEM);
        summary.setText(getTranslation("supplier-import.summary", preview.rows().size(), preview.count(Outcome.NEW),
                preview.count(Outcome.MATCH), preview.count(Outcome.UPDATE), preview.count(Outcome.UNCHANGED),
                preview.count(Outcome.DUPLICATE), problems));
        policy.setVisible(preview.count(Outcome.MATCH) > 0);
        validRowsOnly.setLabel(getTranslation("import.valid-rows-only", problems));
        validRowsOnly.setValue(false);
        validRowsOnly.setVisible(problems > 0);
        rejectedReport.setVisible(problems + preview.count(Outcome.DUPLICATE) > 0);
        SupplierImportPreview shown = preview;
        rejectedReport.setHref(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            writeRejected(shown, csv);
            return new DownloadResponse(new ByteArrayInputStream(
                    csv.toByteArray()), "rejected-suppliers.csv", "text/csv", csv.size());
        }));
        updateImportButton();
        previewStep.setVisible(true);
    }

    /** The rows left out, with the reason, as CSV (text a spreadsheet would run as a formula is neutralized). */
    private void writeRejected(SupplierImportPreview shown, OutputStream out) throws IOException {
        try (TabularWriter writer = TabularWriter.open(TabularFormat.CSV, out, List.of(getTranslation("import.line"),
                getTranslation("supplier.legal-name"), getTranslation("supplier.city"), getTranslation("import.problems")))) {
            for (SupplierImportRow row : shown.rows()) {
                if (row.outcome() == Outcome.PROBLEM || row.outcome() == Outcome.DUPLICATE) {
                    writer.row(List.of(row.line(), nullToEmpty(row.legalName()), nullToEmpty(row.city()),
                            words(row.problems())));
                }
            }
        }
    }

    private void updateImportButton() {
        long writes = preview == null ? 0 : preview.count(Outcome.NEW) + preview.count(Outcome.UPDATE)
                + preview.count(Outcome.MATCH);
        long problems = preview == null ? 0 : preview.count(Outcome.PROBLEM);
        boolean blocked = problems > 0 && !validRowsOnly.getValue();
        importButton.setText(getTranslation("import.import-rows", writes));
        importButton.setEnabled(writes > 0 && !blocked);
        importBlocked.setText(blocked ? getTranslation("import.blocked.invalid-rows", problems)
                : writes == 0 && preview != null ? getTranslation("supplier-import.nothing-new") : "");
    }

    private void runImport() {
        ImportTable importing = table;
        var mapping = mappingStep.mapping();
        String list = source.getValue();
        MatchPolicy chosen = policy.getValue();
        Map<Integer, MatchPolicy> overrides = Map.copyOf(byLine);
        boolean validOnly = validRowsOnly.getValue();
        int total = importing.rows().size();
        if (total <= SupplierImportService.BACKGROUND_ABOVE_ROWS) {
            try {
                finished(imports.importRows(importing, mapping, list, chosen, overrides, validOnly, done -> { }));
            } catch (InvalidInputException invalid) {
                fileError.setText(Messages.of(this, invalid));
            }
            return;
        }
        importButton.setEnabled(false);
        progress.run(jobs, "supplier-import.progress", total,
                done -> imports.importRows(importing, mapping, list, chosen, overrides, validOnly, done),
                this::finished, fileError::setText);
    }

    private void finished(SupplierImportResult result) {
        Messages.success(getTranslation("supplier-import.done", result.added(), result.updated(), result.unchanged(),
                result.skipped(), result.rejected()));
        history.setItems(imports.history(20));
        String list = source.getValue();
        source.setItems(imports.sources()); // new items clear the value: the list imported stays chosen
        source.setValue(list);
        showPreview();
    }

    /** What happens to the row, in words: its problems, the supplier it matches and by what, notes. */
    private String explanation(SupplierImportRow row) {
        List<String> parts = new ArrayList<>();
        if (!row.problems().isEmpty()) {
            parts.add(words(row.problems()));
        }
        if (row.matchedName() != null) {
            parts.add(getTranslation("supplier-import.matched." + row.matchedBy(), row.matchedName()));
        }
        if (!row.notes().isEmpty()) {
            parts.add(words(row.notes()));
        }
        return String.join(" · ", parts);
    }

    /** For a match: what this row does, the import's choice unless changed here. */
    private Component choice(SupplierImportRow row) {
        if (row.outcome() != Outcome.MATCH) {
            return new Span();
        }
        Select<MatchPolicy> select = new Select<>();
        select.setItems(MatchPolicy.values());
        select.setItemLabelGenerator(p -> getTranslation("supplier-import.policy-short." + p));
        select.setValue(byLine.getOrDefault(row.line(), policy.getValue()));
        select.setAriaLabel(getTranslation("supplier-import.choice-for", row.line()));
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                byLine.put(row.line(), change.getValue());
            }
        });
        return select;
    }

    private String words(List<ImportProblem> problems) {
        return problems.stream().map(p -> Messages.of(this, new InvalidInputException(p.key(), p.arguments())))
                .collect(Collectors.joining("; "));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supplier-import.title") + " · " + getTranslation("app.name");
    }
}
