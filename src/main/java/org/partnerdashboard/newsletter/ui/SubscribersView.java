package org.partnerdashboard.newsletter.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.FieldErrors;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.base.ui.SpreadsheetUpload;
import org.partnerdashboard.newsletter.ContactImportResult;
import org.partnerdashboard.newsletter.SubscriberRow;
import org.partnerdashboard.newsletter.SubscriberStatus;
import org.partnerdashboard.newsletter.SubscriptionService;
import org.partnerdashboard.security.Role;

/**
 * The newsletter's subscribers, newest first, a page at a time; and the import of a contact list whose people
 * agreed to receive it (the consent is recorded with each of them).
 */
@Route("newsletter/subscribers")
@RolesAllowed({Role.Names.RESEARCH_EDITOR, Role.Names.ADMIN})
public class SubscribersView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final SubscriptionService subscriptions;
    private final Grid<SubscriberRow> grid = new Grid<>();
    private final Paragraph counts = new Paragraph();
    private final TextField consent = new TextField();
    private final Span result = new Span();

    public SubscribersView(SubscriptionService subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        consent.setLabel(getTranslation("subscribers.import.consent"));
        consent.setHelperText(getTranslation("subscribers.import.consent-help"));
        consent.setMaxLength(300);
        consent.setWidthFull();
        consent.setId("import-consent");
        result.getElement().setAttribute("role", "status");
        result.setId("import-result");
        SpreadsheetUpload upload = new SpreadsheetUpload(MAX_FILE_BYTES, getTranslation("subscribers.import.drop"),
                this::importFile, refused -> result.setText(refused));
        grid.addColumn(SubscriberRow::email).setHeader(getTranslation("subscribers.email")).setFlexGrow(2)
                .setKey("email");
        grid.addColumn(s -> getTranslation("language." + s.language())).setHeader(getTranslation("subscribers.language"))
                .setWidth("8em").setFlexGrow(0);
        grid.addColumn(s -> getTranslation("subscriber-status." + s.status()))
                .setHeader(getTranslation("newsletter.status")).setWidth("10em").setFlexGrow(0).setKey("status");
        grid.addColumn(s -> getTranslation("subscriber-source." + s.source()) + (s.consent() == null ? ""
                : " · " + s.consent())).setHeader(getTranslation("subscribers.source")).setFlexGrow(2);
        grid.addColumn(s -> Formats.dateTime(s.createdAt(), clock.getZone(), getLocale()))
                .setHeader(getTranslation("subscribers.since")).setWidth("12em").setFlexGrow(0);
        grid.setItems(query -> subscriptions.subscribers(query.getOffset(), query.getLimit()).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("subscribers.title"));
        grid.setId("subscribers");
        add(new RouterLink(getTranslation("newsletter.back"), NewsletterView.class),
                new H1(getTranslation("subscribers.title")), counts, grid,
                new H2(getTranslation("subscribers.import")), new Paragraph(getTranslation("subscribers.import.intro")),
                consent, upload, result);
        showCounts();
    }

    private void importFile(String fileName, byte[] content) {
        FieldErrors errors = new FieldErrors(this).field("subscribers.import.consent", consent);
        errors.clear();
        try {
            ContactImportResult imported = subscriptions.importContacts(fileName, content, consent.getValue());
            result.setText(getTranslation("subscribers.import.done", imported.added(), imported.activated(),
                    imported.alreadySubscribed(), imported.stillUnsubscribed()));
            Messages.success(result.getText());
            grid.getDataProvider().refreshAll();
            showCounts();
        } catch (InvalidInputException invalid) {
            result.setText(errors.show(invalid));
        }
    }

    private void showCounts() {
        counts.setText(getTranslation("newsletter.audience",
                Formats.integer(subscriptions.count(SubscriberStatus.ACTIVE), getLocale()),
                Formats.integer(subscriptions.count(SubscriberStatus.PENDING), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subscribers.title") + " · " + getTranslation("newsletter.title");
    }
}
