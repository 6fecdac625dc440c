package org.partnerdashboard.exports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.exports.Report;
import org.partnerdashboard.exports.ReportJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Board pack (PDF)": builds the report in the background with a progress bar, then offers the file to download.
 * The content supplier runs off the UI thread, so it must not touch components (capture translations first).
 */
public class BoardPackButton extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(BoardPackButton.class);

    /** What the button makes: its label, the link's text once ready, and the file. */
    public record Output(String buttonKey, String readyKey, String contentType, boolean spreadsheet) {

        public static final Output BOARD_PACK = new Output("boardpack.button", "boardpack.ready", "application/pdf",
                false);
    }

    private final String id;
    private final Output output;
    private final Button start = new Button();
    // created on first use: most dashboards are never packed, and every open one holds its components
    private ProgressBar progress;
    private Anchor download;

    public BoardPackButton(String id, String fileName, Supplier<Supplier<Report>> content) {
        this(id, fileName, content, Output.BOARD_PACK);
    }

    /** A report of another kind: a PDF with its own label, or the same report as a workbook. */
    public BoardPackButton(String id, String fileName, Supplier<Supplier<Report>> content, Output output) {
        this.id = id;
        this.output = output;
        setId(id);
        addClassName("board-pack");
        start.setText(getTranslation(output.buttonKey()));
        start.setIcon(output.spreadsheet() ? VaadinIcon.TABLE.create() : VaadinIcon.FILE_TEXT_O.create());
        start.setId(id + "-start");
        start.addClickListener(click -> begin(fileName, content.get()));
        add(start);
    }

    private void begin(String fileName, Supplier<Report> content) {
        if (progress == null) {
            progress = new ProgressBar(0, 1);
            progress.setId(id + "-progress");
            progress.setWidth("10rem");
            progress.getElement().setAttribute("aria-label", getTranslation("boardpack.preparing"));
            download = new Anchor();
            download.setId(id + "-download");
            add(progress, download);
        }
        UI ui = UI.getCurrent();
        start.setEnabled(false);
        download.setVisible(false);
        progress.setValue(0);
        progress.setVisible(true);
        DoubleConsumer advance = done -> ui.access(() -> progress.setValue(Math.min(1, done)));
        ReportJobs jobs = Services.get(ReportJobs.class);
        (output.spreadsheet() ? jobs.startSpreadsheet(content, advance) : jobs.start(content, getLocale(), advance))
                .whenComplete((pdf, failure) -> ui.access(() -> {
                    progress.setVisible(false);
                    start.setEnabled(true);
                    if (failure != null) {
                        LOG.error("Board pack failed", failure);
                        Messages.error(getTranslation("boardpack.failed"));
                        return;
                    }
                    download.setHref(DownloadHandler.fromInputStream(event ->
                            new DownloadResponse(new ByteArrayInputStream(pdf),
                                    fileName, output.contentType(), pdf.length)));
                    download.setText(getTranslation(output.readyKey(), kilobytes(pdf.length)));
                    download.getElement().setAttribute("download", fileName);
                    download.setVisible(true);
                }));
    }

    private static String kilobytes(int bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
