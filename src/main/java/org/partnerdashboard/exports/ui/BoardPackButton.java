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

    private final String id;
    private final Button start = new Button();
    // created on first use: most dashboards are never packed, and every open one holds its components
    private ProgressBar progress;
    private Anchor download;

    public BoardPackButton(String id, String fileName, Supplier<Supplier<Report>> content) {
        this.id = id;
        setId(id);
        addClassName("board-pack");
        start.setText(getTranslation("boardpack.button"));
        start.setIcon(VaadinIcon.FILE_TEXT_O.create());
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
        Services.get(ReportJobs.class).start(content, getLocale(),
                done -> ui.access(() -> progress.setValue(Math.min(1, done))))
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
                                    fileName, "application/pdf", pdf.length)));
                    download.setText(getTranslation("boardpack.ready", kilobytes(pdf.length)));
                    download.getElement().setAttribute("download", fileName);
                    download.setVisible(true);
                }));
    }

    private static String kilobytes(int bytes) {
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
