package org.partnerdashboard.newsletter.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.Locale;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.newsletter.DeliveryRow;
import org.partnerdashboard.newsletter.IssueRow;
import org.partnerdashboard.newsletter.NewsletterService;

/**
 * A sent issue's progress (read from the database every second while messages wait, so it is right whichever
 * server sends them), its public links and each recipient's delivery, a page at a time.
 */
class SendingPanel {

    private static final int POLL_MILLIS = 1000;

    private final NewsletterService newsletter;
    private final long issueId;
    private final VerticalLayout target;
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph counts = new Paragraph();
    private final Grid<DeliveryRow> deliveries = new Grid<>();
    private final Locale locale = UI.getCurrent().getLocale();
    private Registration polling;

    SendingPanel(NewsletterService newsletter, long issueId, VerticalLayout target) {
        this.newsletter = newsletter;
        this.issueId = issueId;
        this.target = target;
    }

    void show() {
        target.removeAll();
        IssueRow issue = newsletter.issue(issueId);
        String base = "news/" + issue.number();
        HorizontalLayout links = new HorizontalLayout(IssueView.link(base + "?lang=en", t("newsletter.web-en")),
                IssueView.link(base + "?lang=es", t("newsletter.web-es")),
                IssueView.link(base + ".pdf?lang=en", t("newsletter.pdf-en")),
                IssueView.link(base + ".pdf?lang=es", t("newsletter.pdf-es")));
        links.setWrap(true);
        bar.getElement().setAttribute("aria-label", t("newsletter.progress"));
        counts.setId("send-progress");
        counts.getElement().setAttribute("aria-live", "polite");
        deliveries.addColumn(DeliveryRow::email).setHeader(t("subscribers.email")).setFlexGrow(2).setKey("email");
        deliveries.addColumn(d -> t("language." + d.language())).setHeader(t("subscribers.language"))
                .setWidth("8em").setFlexGrow(0);
        deliveries.addColumn(d -> t("delivery-status." + d.status())).setHeader(t("newsletter.status"))
                .setWidth("10em").setFlexGrow(0).setKey("status");
        deliveries.addColumn(d -> d.error() == null ? "" : d.error()).setHeader(t("newsletter.reason"))
                .setFlexGrow(2);
        deliveries.addColumn(d -> Formats.dateTime(d.updatedAt(), ZoneId.of("America/Chicago"),
                locale)).setHeader(t("newsletter.when")).setWidth("12em").setFlexGrow(0);
        deliveries.setItems(query -> newsletter.deliveries(issueId, query.getOffset(), query.getLimit()).stream());
        deliveries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        deliveries.setAriaLabel(t("newsletter.deliveries"));
        deliveries.setId("deliveries");
        deliveries.setHeight("24em");
        target.add(new H2(t("newsletter.sending")), links, bar, counts, deliveries);
        refresh();
        target.addDetachListener(detach -> stopPolling(detach.getUI()));
    }

    private void refresh() {
        NewsletterService.Progress progress = newsletter.progress(issueId);
        bar.setValue(progress.fraction());
        counts.setText(t("newsletter.progress-text", Formats.integer(progress.sent(), locale),
                Formats.integer(progress.total(), locale),
                Formats.integer(progress.failed(), locale),
                Formats.integer(progress.unsubscribed(), locale)));
        UI ui = UI.getCurrent();
        if (progress.pending() > 0 && polling == null && ui != null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> {
                refresh();
                deliveries.getDataProvider().refreshAll();
            });
        } else if (progress.pending() == 0 && ui != null) {
            stopPolling(ui);
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private String t(String key, Object... arguments) {
        return target.getTranslation(key, arguments);
    }
}
