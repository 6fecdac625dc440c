package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.sourcing.InterestFileDownload;
import org.partnerdashboard.sourcing.SourcingRequestDetails.AttachmentRow;
import org.partnerdashboard.sourcing.SourcingRequestDetails.InterestRow;

/** The suppliers that said in the supplier space they are interested in the request, newest marked, to shortlist. */
class InterestSection extends VerticalLayout {

    private final Grid<InterestRow> grid = new Grid<>();
    private final ZoneId zone;
    private final Consumer<InterestRow> shortlist;
    private final LongFunction<InterestFileDownload> download;
    private boolean finished;
    private Set<Long> onShortlist = Set.of();

    /** @param download a file attached to an interest, by id */
    InterestSection(ZoneId zone, Consumer<InterestRow> shortlist, LongFunction<InterestFileDownload> download) {
        this.zone = zone;
        this.download = download;
        this.shortlist = shortlist;
        setPadding(false);
        grid.addComponentColumn(i -> {
            Anchor name = new Anchor("supplier/" + i.supplierId(), i.supplierName());
            return i.isNew() ? new Span(name, badge()) : name;
        }).setHeader(getTranslation("interests.supplier")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(i -> i.note() == null ? "" : i.note()).setHeader(getTranslation("interests.note"))
                .setFlexGrow(2).setTooltipGenerator(i -> i.note() == null ? "" : i.note());
        grid.addComponentColumn(this::files).setHeader(getTranslation("interests.files")).setAutoWidth(true);
        grid.addColumn(i -> Formats.dateTime(i.at(), zone, getLocale())).setHeader(getTranslation("interests.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::shortlistButton).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("interests.title"));
        add(new H2(getTranslation("interests.title")), grid);
        setId("request-interests");
    }

    /** @param onShortlist suppliers already on the request's shortlist (no button for them) */
    void show(List<InterestRow> interests, boolean requestFinished, Set<Long> onShortlist) {
        this.finished = requestFinished;
        this.onShortlist = onShortlist;
        grid.setItems(interests);
        setVisible(!interests.isEmpty());
    }

    private Div files(InterestRow interest) {
        Div links = new Div();
        for (AttachmentRow file : interest.files()) {
            DownloadHandler handler = event -> {
                InterestFileDownload attached = download.apply(file.id());
                event.setFileName(attached.fileName());
                event.setContentType(attached.contentType());
                event.getOutputStream().write(attached.content());
            };
            Anchor link = new Anchor(handler, file.fileName());
            link.getElement().setAttribute("download", true);
            links.add(new Div(link));
        }
        return links;
    }

    private Span badge() {
        Span badge = new Span(getTranslation("interests.new"));
        badge.addClassNames("status-badge", "open");
        return badge;
    }

    private Span shortlistButton(InterestRow interest) {
        Span cell = new Span();
        if (!finished && !onShortlist.contains(interest.supplierId())) {
            Button add = new Button(getTranslation("scouting.shortlist"), click -> shortlist.accept(interest));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setAriaLabel(getTranslation("scouting.shortlist") + " " + interest.supplierName());
            cell.add(add);
        }
        return cell;
    }
}
