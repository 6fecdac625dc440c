package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.partnerdashboard.base.TabularFormat;

/**
 * A CSV and an XLSX link that download what a grid or table shows, written when clicked (the writer reads the view's
 * filter and sort at that moment). Ids are {@code <idPrefix>-csv} and {@code <idPrefix>-xlsx}.
 */
public class DownloadLinks extends HorizontalLayout {

    /** Writes the current rows in a format; runs on a request thread, so it reads state, never UI components' DOM. */
    @FunctionalInterface
    public interface TableWriter {
        void write(TabularFormat format, OutputStream out) throws IOException;
    }

    public DownloadLinks(String idPrefix, String fileName, TableWriter writer) {
        this(idPrefix, () -> fileName, writer);
    }

    /** @param fileName the file's name without extension, asked when clicked (it may name the rows' period) */
    public DownloadLinks(String idPrefix, Supplier<String> fileName, TableWriter writer) {
        for (TabularFormat format : TabularFormat.values()) {
            DownloadHandler handler = event -> {
                event.setFileName(format.fileName(fileName.get()));
                event.setContentType(format.contentType());
                writer.write(format, event.getOutputStream());
            };
            Anchor link = new Anchor(handler, getTranslation("grid.download", format.name()));
            link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
            link.setId(idPrefix + "-" + format.name().toLowerCase(Locale.ROOT));
            link.addClassName("download-link");
            add(link);
        }
        setAlignItems(FlexComponent.Alignment.CENTER);
    }
}
