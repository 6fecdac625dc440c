package org.partnerdashboard.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.newsletter.IssueRow;
import org.partnerdashboard.newsletter.NewsletterService;
import org.partnerdashboard.newsletter.SubscriberStatus;
import org.partnerdashboard.newsletter.SubscriptionService;
import org.partnerdashboard.security.Role;

/** The newsletter's issues, drafts first by date, with the list's size and the way to the subscribers. */
@Route("newsletter")
@Menu(order = 7.9, icon = "vaadin:envelope-open", title = "nav.newsletter")
@RolesAllowed({Role.Names.RESEARCH_EDITOR, Role.Names.ADMIN})
public class NewsletterView extends VerticalLayout implements HasDynamicTitle {

    public NewsletterView(NewsletterService newsletter, SubscriptionService subscriptions, Clock clock) {
        Button compose = new Button(getTranslation("newsletter.new"), VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(IssueView.class, "new")));
        compose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compose.setId("new-issue");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("newsletter.title")), compose);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        Paragraph audience = new Paragraph(getTranslation("newsletter.audience",
                Formats.integer(subscriptions.count(SubscriberStatus.ACTIVE), getLocale()),
                Formats.integer(subscriptions.count(SubscriberStatus.PENDING), getLocale())));
        audience.setId("newsletter-audience");
        HorizontalLayout links = new HorizontalLayout(
                new RouterLink(getTranslation("subscribers.title"), SubscribersView.class),
                new Anchor("news", getTranslation("newsletter.archive.title")),
                new Anchor("subscribe", getTranslation("subscribe.title")));
        links.setWrap(true);

        Grid<IssueRow> issues = new Grid<>();
        issues.addColumn(IssueRow::title).setHeader(getTranslation("newsletter.issue-title")).setFlexGrow(3)
                .setKey("title");
        issues.addColumn(i -> i.number() == null ? "" : String.valueOf(i.number()))
                .setHeader(getTranslation("newsletter.number")).setWidth("6em").setFlexGrow(0);
        issues.addColumn(i -> getTranslation("issue-status." + i.status())).setHeader(getTranslation("newsletter.status"))
                .setWidth("9em").setFlexGrow(0).setKey("status");
        issues.addColumn(i -> Formats.dateTime(i.sentAt() != null ? i.sentAt() : i.updatedAt(), clock.getZone(),
                getLocale())).setHeader(getTranslation("newsletter.when")).setWidth("12em").setFlexGrow(0);
        issues.setItems(newsletter.issues());
        issues.setAllRowsVisible(true);
        issues.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        issues.setAriaLabel(getTranslation("newsletter.issues"));
        issues.setId("newsletter-issues");
        issues.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(IssueView.class,
                String.valueOf(click.getItem().id()))));
        Paragraph none = new Paragraph(getTranslation("newsletter.none"));
        none.setVisible(newsletter.issues().isEmpty());
        add(header, new Paragraph(getTranslation("newsletter.intro")), audience, links, issues, none);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("newsletter.title");
    }
}
