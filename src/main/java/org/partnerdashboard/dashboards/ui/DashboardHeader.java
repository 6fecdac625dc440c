package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.internal.HtmlUtils;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnerdashboard.dashboards.SavedViewRow;
import org.partnerdashboard.dashboards.SavedViewService;
import org.partnerdashboard.exports.Report;
import org.partnerdashboard.exports.ui.BoardPackButton;

/**
 * The dashboard's title and what can be done with the page as filtered: saved views, roundtable mode, a presentation
 * link, a snapshot to share and the board pack. The links carry the page's filter ({@link #link}).
 */
class DashboardHeader extends HorizontalLayout {

    private final Anchor roundtable = new Anchor();
    private final Anchor presentationLink = new Anchor();
    private final SavedViewsBar actions;

    /** @param query the page's filter as a query string, read when a view is saved */
    DashboardHeader(SavedViewService savedViews, Supplier<String> query, Runnable share,
            Supplier<Supplier<Report>> boardPack) {
        actions = new SavedViewsBar(savedViews, query);
        withIcon(roundtable, "vaadin:presentation", getTranslation("overview.roundtable"));
        roundtable.setId("open-roundtable");
        withIcon(presentationLink, "vaadin:key", getTranslation("overview.presentation-link"));
        presentationLink.setId("make-presentation-link");
        Button shareButton = new Button(getTranslation("dashboard.share"), VaadinIcon.LINK.create(),
                click -> share.run());
        shareButton.setId("share-dashboard");
        shareButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(roundtable, presentationLink, shareButton,
                new BoardPackButton("overview-board-pack", "board-pack.pdf", boardPack));
        add(new H1(getTranslation("dashboard.title")), actions);
        setWidthFull();
        setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        setAlignItems(FlexComponent.Alignment.END);
        setWrap(true);
    }

    /** An icon and text as the link's markup: one element to keep per open page instead of three. */
    private static void withIcon(Anchor link, String icon, String text) {
        link.getElement().setProperty("innerHTML", "<vaadin-icon icon=\"" + icon + "\"></vaadin-icon>"
                + HtmlUtils.escape(text));
    }

    /** The user's pinned view (their start page), if any. */
    Optional<SavedViewRow> pinned() {
        return actions.pinned();
    }

    /** Points roundtable mode and presentation links at the page's current filter. */
    void link(String query) {
        roundtable.setHref(query.isEmpty() ? "roundtable" : "roundtable?" + query);
        presentationLink.setHref(query.isEmpty() ? "presentation-links" : "presentation-links?" + query);
    }
}
