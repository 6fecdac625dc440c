package org.partnerdashboard.indicators.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import org.partnerdashboard.base.ui.BoundedUpload;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Localized;
import org.partnerdashboard.indicators.ImportProblem;
import org.partnerdashboard.indicators.IndicatorImportRow;
import org.partnerdashboard.indicators.IndicatorImportService;
import org.partnerdashboard.indicators.QcewImportResult;
import org.partnerdashboard.security.Role;

/** Research editors upload BLS QCEW files; the page says what each import did, or exactly which lines are wrong. */
@Route("indicators/import")
@Menu(order = 7.6, icon = "vaadin:upload-alt", title = "nav.indicator-import")
@RolesAllowed(Role.Names.RESEARCH_EDITOR)
public class IndicatorImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;

    /** A quarter brings eight files (seven counties and the metro area); a year's four quarters fit too. */
    static final int MAX_FILES = 40;

    private final IndicatorImportService imports;
    private final Div outcome = new Div();
    private final Grid<IndicatorImportRow> history = new Grid<>();
    /** The files dropped together share one history entry; the next drop starts a new one. */
    private String batch = UUID.randomUUID().toString();
    private boolean batchStarted;

    public IndicatorImportView(IndicatorImportService imports, Clock clock) {
        this.imports = imports;
        Upload upload = new Upload(BoundedUpload.handler(MAX_FILE_BYTES, this::importFile, () -> {
            startOutcome();
            outcome.add(error(getTranslation("import.error.file-too-large", MAX_FILE_BYTES / (1024 * 1024))));
        }));
        upload.setI18n(Localized.upload(this::getTranslation));
        upload.setAcceptedFileTypes(".csv", "text/csv", ".zip", "application/zip");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setMaxFiles(MAX_FILES);
        upload.setDropLabel(new Span(getTranslation("qcew.drop")));
        upload.addFileRejectedListener(rejected -> {
            startOutcome();
            outcome.add(error(getTranslation("qcew.error.file-rejected", rejected.getFileName())));
        });
        upload.addAllFinishedListener(finished -> {
            batch = UUID.randomUUID().toString();
            batchStarted = false;
            upload.clearFileList(); // the next drop may hold as many files again
        });
        outcome.setId("qcew-outcome");

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone()); // the app's zone, not the server's
        PHONE.of(history.addColumn(this::files).setHeader(getTranslation("qcew.history.file"))
                .setWidth("11em").setFlexGrow(2).setTooltipGenerator(r -> String.join(", ", r.fileNames())));
        PHONE.of(history.addColumn(r -> when.format(r.importedAt())).setHeader(getTranslation("qcew.history.when"))
                .setWidth("10em").setFlexGrow(0));
        LAPTOP.of(count(history.addColumn(r -> Formats.integer(r.added(), getLocale())), "qcew.history.added"));
        LAPTOP.of(count(history.addColumn(r -> Formats.integer(r.updated(), getLocale())), "qcew.history.updated"));
        LAPTOP.of(count(history.addColumn(r -> Formats.integer(r.unchanged(), getLocale())), "qcew.history.unchanged"));
        LAPTOP.of(count(history.addColumn(r -> Formats.integer(r.ignored(), getLocale())), "qcew.history.ignored"));
        MORE.of(history.addColumn(IndicatorImportRow::importedBy).setHeader(getTranslation("qcew.history.by"))
                .setWidth("9em").setFlexGrow(1));
        ColumnPriority.adapt(history);
        history.setEmptyStateText(getTranslation("qcew.history.empty"));
        history.setAllRowsVisible(true);
        history.setAriaLabel(getTranslation("qcew.history.title"));
        history.setItems(imports.history(20));

        Paragraph ignored = new Paragraph(getTranslation("qcew.history.ignored-means"));
        ignored.addClassName("secondary-text");
        add(new H1(getTranslation("qcew.title")), new Paragraph(getTranslation("qcew.intro")), upload, outcome,
                new H2(getTranslation("qcew.history.title")), history, ignored, new RefreshSection(imports, when));
        setWidthFull();
    }

    /** Imports a dropped CSV file or ZIP; each of its files is reported on its own, below the others of the drop. */
    void importFile(String name, byte[] content) {
        startOutcome();
        imports.importUpload(batch, name, content).forEach(result -> outcome.add(report(result)));
        history.setItems(imports.history(20));
    }

    /** The first file of a drop clears the previous drop's reports. */
    private void startOutcome() {
        if (!batchStarted) {
            outcome.removeAll();
            batchStarted = true;
        }
    }

    private Div report(QcewImportResult result) {
        Div report = new Div();
        report.addClassName("import-report");
        if (result.keptNothing()) {
            // readable, but nothing for the partnership: a warning, not a success, naming what the file holds
            Paragraph warning = new Paragraph(result.otherAreas().isEmpty()
                    ? getTranslation("qcew.kept-nothing", result.fileName())
                    : getTranslation("qcew.kept-nothing.areas", result.fileName(),
                            String.join(", ", result.otherAreas())));
            warning.addClassName("import-warning");
            warning.getElement().setAttribute("role", "status");
            report.add(warning);
            return report;
        }
        if (result.imported()) {
            Paragraph done = new Paragraph(getTranslation("qcew.imported", result.fileName(),
                    Formats.integer(result.kept(), getLocale()), Formats.integer(result.added(), getLocale()),
                    Formats.integer(result.updated(), getLocale()), Formats.integer(result.unchanged(), getLocale()),
                    Formats.integer(result.ignored(), getLocale())));
            done.addClassName("import-done");
            done.getElement().setAttribute("role", "status");
            report.add(done);
            return report;
        }
        report.add(error(getTranslation("qcew.rejected", result.fileName())));
        UnorderedList problems = new UnorderedList();
        for (ImportProblem problem : result.problems()) {
            String text = getTranslation(problem.messageKey(), problem.arguments().toArray());
            problems.add(new ListItem(problem.line() > 0 ? getTranslation("qcew.line", String.valueOf(problem.line()), text) : text));
        }
        problems.addClassName("import-problems");
        report.add(problems);
        return report;
    }

    private static Paragraph error(String text) {
        Paragraph error = new Paragraph(text);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        return error;
    }

    /** One file by its name; several as "8 files: cook.csv, dupage.csv, …". */
    private String files(IndicatorImportRow row) {
        return row.fileNames().size() == 1 ? row.fileNames().getFirst()
                : getTranslation("qcew.history.files", row.fileNames().size(), String.join(", ", row.fileNames()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qcew.title") + " · " + getTranslation("app.name");
    }

    private Grid.Column<IndicatorImportRow> count(Grid.Column<IndicatorImportRow> column, String headerKey) {
        return column.setHeader(getTranslation(headerKey)).setTextAlign(ColumnTextAlign.END).setWidth("7em")
                .setFlexGrow(0);
    }
}
