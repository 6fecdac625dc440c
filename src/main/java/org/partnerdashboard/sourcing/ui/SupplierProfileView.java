package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.AppAddress;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.security.InvitationRow;
import org.partnerdashboard.security.InvitationService;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.security.UserRow;
import org.partnerdashboard.sourcing.SourcingService;
import org.partnerdashboard.sourcing.SupplierMatchHistory;
import org.partnerdashboard.suppliers.RegistrationStatus;
import org.partnerdashboard.suppliers.SupplierAccountService;
import org.partnerdashboard.suppliers.SupplierDetails;
import org.partnerdashboard.suppliers.SupplierDirectoryService;
import org.partnerdashboard.suppliers.SupplierImportService;
import org.partnerdashboard.suppliers.ui.InviteDialog;
import org.partnerdashboard.suppliers.ui.SupplierSummary;

/** A supplier's page: its registration, its review history, and the requests it was scouted for. */
@Route("supplier")
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class SupplierProfileView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Clock clock;
    private final SupplierDirectoryService directory;
    private final SourcingService sourcing;
    private String name = "";

    private final SupplierImportService imports;
    private final SupplierAccountService accounts;
    private final InvitationService invitations;

    public SupplierProfileView(SupplierDirectoryService directory, SourcingService sourcing,
            SupplierImportService imports, SupplierAccountService accounts, InvitationService invitations,
            Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.clock = clock;
        this.directory = directory;
        this.sourcing = sourcing;
        this.imports = imports;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        SupplierDetails supplier;
        try {
            supplier = directory.details(id);
        } catch (InvalidInputException notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        name = supplier.legalName();
        removeAll();
        Span status = new Span(getTranslation("registration-status." + supplier.status()));
        status.addClassNames("status-badge", switch (supplier.status()) {
            case APPROVED -> "done";
            case PENDING -> "open";
            default -> "ended";
        });
        HorizontalLayout header = new HorizontalLayout(new H1(supplier.legalName()), status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        if (supplier.status() == RegistrationStatus.IMPORTED) {
            // from an imported list: staff check it before it counts as an approved supplier
            Button verify = new Button(getTranslation("supplier.verify"), VaadinIcon.CHECK.create(), click -> {
                imports.verify(id);
                Messages.success(getTranslation("supplier.verified", supplier.legalName()));
                UI.getCurrent().getPage().reload();
            });
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            verify.setId("verify-supplier");
            header.add(verify);
        }
        add(new Anchor("suppliers", getTranslation("directory.back")), header);
        if (supplier.decisionReason() != null) {
            add(new Paragraph(getTranslation("supplier.decision-reason", supplier.decisionReason())));
        }
        if (supplier.mergedInto() != null) {
            add(new Paragraph(new Span(getTranslation("supplier.merged-into") + " "),
                    new Anchor("supplier/" + supplier.mergedInto().id(), supplier.mergedInto().label())));
        }
        add(SupplierSummary.of(supplier, this));
        if (supplier.status() == RegistrationStatus.APPROVED) {
            add(supplierSpace(supplier));
        }
        add(new H2(getTranslation("supplier.matched-requests")), matches(sourcing.matchesOfSupplier(id)));
        add(new H2(getTranslation("supplier.history")), history(supplier.history()));
    }

    private CompanyAccountsSection supplierSpace(SupplierDetails supplier) {
        return new CompanyAccountsSection(invitations, clock.getZone(), "invitations.supplier-space",
                "invitations.supplier-space-intro", () -> new String[] {supplier.contactName(), supplier.contactEmail()},
                new CompanyAccountsSection.Company() {
                    @Override
                    public List<InvitationRow> invitations() {
                        return accounts.accounts(supplier.id()).invitations();
                    }

                    @Override
                    public List<UserRow> accounts() {
                        return accounts.accounts(supplier.id()).accounts();
                    }

                    @Override
                    public void invite(String displayName, String email, Locale language) {
                        accounts.invite(supplier.id(), email, displayName, language, AppAddress.current());
                    }

                    @Override
                    public InviteDialog.Invite buyerInvitation() {
                        return (displayName, email, language) -> accounts.inviteBuyer(supplier.id(), email,
                                displayName, language, AppAddress.current());
                    }
                });
    }

    private Grid<SupplierMatchHistory> matches(List<SupplierMatchHistory> rows) {
        Grid<SupplierMatchHistory> grid = new Grid<>();
        grid.addColumn(m -> Formats.date(m.updatedOn(), getLocale())).setHeader(getTranslation("scouting.updated-on"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SupplierMatchHistory::title).setHeader(getTranslation("sourcing.title")).setAutoWidth(true);
        grid.addColumn(SupplierMatchHistory::buyer).setHeader(getTranslation("sourcing.buyer")).setAutoWidth(true);
        grid.addColumn(SupplierMatchHistory::score).setHeader(getTranslation("scouting.score"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(m -> RequestBadges.status(m.status(), this)).setHeader(getTranslation("scouting.match-status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(m -> RequestBadges.status(m.requestStatus(), this))
                .setHeader(getTranslation("sourcing.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(SourcingRequestView.class,
                String.valueOf(click.getItem().requestId())));
        grid.setAriaLabel(getTranslation("supplier.matched-requests"));
        grid.setVisible(!rows.isEmpty());
        return grid;
    }

    private UnorderedList history(List<SupplierDetails.HistoryEntry> entries) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone()); // the app's zone, not the server's
        UnorderedList list = new UnorderedList();
        list.addClassName("history");
        for (SupplierDetails.HistoryEntry entry : entries) {
            String text = when.format(entry.at()) + " · " + getTranslation("supplier-decision." + entry.decision())
                    + " · " + entry.by() + (entry.reason() == null ? "" : " · " + entry.reason())
                    + (entry.related() == null ? "" : " · " + entry.related().label());
            list.add(new ListItem(text));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return name + " · " + getTranslation("app.name");
    }
}
