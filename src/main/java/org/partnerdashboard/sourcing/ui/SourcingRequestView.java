package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.ui.AppAddress;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.base.ui.TextPromptDialog;
import org.partnerdashboard.base.ui.UrlParameters;
import org.partnerdashboard.security.InvitationRow;
import org.partnerdashboard.security.InvitationService;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.security.UserRow;
import org.partnerdashboard.sourcing.BuyerAccountService;
import org.partnerdashboard.sourcing.MatchRow;
import org.partnerdashboard.sourcing.RequestOrigin;
import org.partnerdashboard.sourcing.ScoutedSupplier;
import org.partnerdashboard.sourcing.ScoutingResult;
import org.partnerdashboard.sourcing.ScoutingService;
import org.partnerdashboard.sourcing.SourcingRequestDetails;
import org.partnerdashboard.sourcing.SourcingRequestDetails.InterestRow;
import org.partnerdashboard.sourcing.SourcingRequestDraft;
import org.partnerdashboard.sourcing.SourcingRequestStatus;
import org.partnerdashboard.sourcing.SourcingService;
import org.partnerdashboard.suppliers.SupplierScope;

/**
 * A sourcing request: "sourcing-requests/new" records one; "sourcing-requests/42" shows what is needed, where it
 * stands (with its history), the suppliers shortlisted and introduced, and the ranked candidates to scout.
 */
@Route("sourcing-requests")
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class SourcingRequestView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final int CANDIDATES_SHOWN = 50;
    /** URL parameter: {@code interested=only} shows only suppliers that said they are interested. */
    static final String INTERESTED_PARAMETER = "interested";

    private final SourcingService sourcing;
    private final ScoutingService scouting;
    private final Clock clock;
    private final H1 title = new H1();
    private final Div status = new Div();
    private final HorizontalLayout workflow = new HorizontalLayout();
    private final SourcingRequestForm form;
    private final Span error = new Span();
    private final Button save = new Button();
    private final ShortlistSection matchSection;
    private final ScoutingGrid candidates = new ScoutingGrid(this::shortlist);
    private final Paragraph candidatesNote = new Paragraph();
    private final VerticalLayout scoutSection = new VerticalLayout();
    private final Checkbox includeImported = new Checkbox();
    private final Checkbox onlyInterested = new Checkbox();
    private final InterestSection interestSection;
    private final Div buyerSpace = new Div();
    private final BuyerAccountService buyerAccounts;
    private final InvitationService invitations;
    private final RequestHistory historySection;
    private SourcingRequestDetails details;

    public SourcingRequestView(SourcingService sourcing, ScoutingService scouting, ReferenceDataService referenceData,
            BuyerAccountService buyerAccounts, InvitationService invitations, Clock clock) {
        this.clock = clock;
        this.buyerAccounts = buyerAccounts;
        this.invitations = invitations;
        this.interestSection = new InterestSection(clock.getZone(), this::shortlistInterested, sourcing::attachment);
        this.sourcing = sourcing;
        this.scouting = scouting;
        this.form = new SourcingRequestForm(sourcing, referenceData);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-request");
        save.addClickListener(click -> save());
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        status.addClassName("request-status");
        matchSection = new ShortlistSection(scouting, this::reload);
        historySection = new RequestHistory(clock);
        candidatesNote.addClassName("secondary-text");
        includeImported.setLabel(getTranslation("scouting.include-imported"));
        includeImported.setId("scout-include-imported");
        includeImported.addValueChangeListener(change -> {
            if (details == null || details.status().isFinished()) {
                return; // set from the URL before the request is shown, or nothing left to scout
            }
            if (change.isFromClient()) {
                rememberInUrl();
            }
            scout();
        });
        onlyInterested.setLabel(getTranslation("scouting.only-interested"));
        onlyInterested.setId("scout-only-interested");
        onlyInterested.addValueChangeListener(change -> {
            if (details == null || details.status().isFinished()) {
                return;
            }
            if (change.isFromClient()) {
                rememberInUrl();
            }
            scout();
        });
        HorizontalLayout scoutOptions = new HorizontalLayout(includeImported, onlyInterested);
        scoutOptions.setWrap(true);
        scoutSection.add(new H2(getTranslation("scouting.title")), scoutOptions, candidatesNote, candidates);
        scoutSection.setPadding(false);
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(new Anchor("sourcing", getTranslation("sourcing.back")), header, workflow, form, error, save, matchSection,
                interestSection, scoutSection, historySection, buyerSpace);
    }

    /** The scouting options live in the URL, so a shared link shows the same candidates. */
    private void rememberInUrl() {
        Map<String, List<String>> query = new HashMap<>();
        if (includeImported.getValue()) {
            UrlParameters.put(query, SupplyChainView.SCOPE_PARAMETER, SupplierScope.WITH_IMPORTED.parameter());
        }
        if (onlyInterested.getValue()) {
            UrlParameters.put(query, INTERESTED_PARAMETER, "only");
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("sourcing-requests/" + details.id(), new QueryParameters(query))));
    }

    private void shortlistInterested(InterestRow interest) {
        matchSection.act(() -> scouting.shortlist(details.id(), interest.supplierId()),
                getTranslation("scouting.shortlist.done", interest.supplierName()));
    }

    private void shortlist(ScoutedSupplier supplier) {
        matchSection.act(() -> scouting.shortlist(details.id(), supplier.supplierId()),
                getTranslation("scouting.shortlist.done", supplier.legalName()));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if ("new".equals(parameter)) {
            details = null;
            title.setText(getTranslation("sourcing.new"));
            form.show(new SourcingRequestDraft(null, "", null, null, Set.of(), Set.of(), Set.of(), null, null, null,
                    false));
            for (var section : List.of(matchSection, interestSection, scoutSection, historySection, buyerSpace)) {
                section.setVisible(false);
            }
            return;
        }
        details = null;
        onlyInterested.setValue("only".equals(UrlParameters.get(event.getLocation().getQueryParameters()
                .getParameters(), INTERESTED_PARAMETER, value -> value)));
        includeImported.setValue(SupplierScope.fromParameter(UrlParameters.get(event.getLocation().getQueryParameters()
                .getParameters(), SupplyChainView.SCOPE_PARAMETER, value -> value)) == SupplierScope.WITH_IMPORTED);
        try {
            show(sourcing.details(Long.parseLong(parameter)));
            sourcing.markInterestsSeen(details.id());
        } catch (NumberFormatException | InvalidInputException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void reload() {
        show(sourcing.details(details.id()));
    }

    private void show(SourcingRequestDetails loaded) {
        details = loaded;
        title.setText(loaded.data().title());
        status.removeAll();
        status.add(RequestBadges.status(loaded.status(), this), new Span(milestones(loaded)));
        if (loaded.origin() == RequestOrigin.BUYER) {
            status.add(new Span(getTranslation("sourcing.from-buyer") + (loaded.buyerNameShown() ? ""
                    : " · " + getTranslation("sourcing.name-hidden"))));
        }
        if (loaded.statusReason() != null) {
            status.add(new Span(loaded.statusReason()));
        }
        form.show(loaded.data());
        boolean finished = loaded.status().isFinished();
        form.setEditable(!finished);
        save.setVisible(!finished);
        workflow.removeAll();
        if (loaded.status() == SourcingRequestStatus.OPEN) {
            Button start = new Button(getTranslation("sourcing.start-scouting"), VaadinIcon.SEARCH.create(),
                    click -> matchSection.act(() -> sourcing.startScouting(details.id(), details.version()),
                            getTranslation("sourcing.start-scouting.done")));
            start.setId("start-scouting");
            workflow.add(start);
        }
        if (!finished) {
            Button close = new Button(getTranslation("sourcing.close"), VaadinIcon.CLOSE_CIRCLE.create(),
                    click -> new TextPromptDialog(getTranslation("sourcing.close.title"),
                            getTranslation("sourcing.close-reason"), getTranslation("sourcing.close"), 500, reason -> {
                                sourcing.close(details.id(), details.version(), reason);
                                Messages.success(getTranslation("sourcing.close.done"));
                                reload();
                            }).open());
            close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            close.setId("close-request");
            workflow.add(close);
        }
        matchSection.show(loaded);
        interestSection.show(loaded.interests(), finished,
                loaded.matches().stream().map(MatchRow::supplierId).collect(Collectors.toSet()));
        showBuyerSpace(loaded);
        scoutSection.setVisible(!finished);
        if (!finished) {
            scout();
        }
        historySection.show(loaded);
    }

    /** Ranks the candidates, counting imported suppliers not yet verified when staff asked for them. */
    private void scout() {
        ScoutingResult result = scouting.scout(details.id(), CANDIDATES_SHOWN,
                includeImported.getValue() ? SupplierScope.WITH_IMPORTED : SupplierScope.VERIFIED,
                onlyInterested.getValue());
        candidatesNote.setText(getTranslation("scouting.note-count", Formats.integer(result.candidates(), getLocale()),
                Math.min(CANDIDATES_SHOWN, result.best().size())));
        candidates.show(result.best());
    }

    private void showBuyerSpace(SourcingRequestDetails loaded) {
        long buyerId = loaded.data().buyerId();
        buyerSpace.removeAll();
        buyerSpace.add(new CompanyAccountsSection(invitations, clock.getZone(), "invitations.buyer-space",
                "invitations.buyer-space-intro", () -> new String[] {null, null},
                new CompanyAccountsSection.Company() {
                    @Override
                    public List<InvitationRow> invitations() {
                        return buyerAccounts.invitations(buyerId);
                    }

                    @Override
                    public List<UserRow> accounts() {
                        return buyerAccounts.accounts(buyerId);
                    }

                    @Override
                    public void invite(String displayName, String email, Locale language) {
                        buyerAccounts.invite(buyerId, email, displayName, language, AppAddress.current());
                    }
                }));
        buyerSpace.setVisible(true);
    }

    private String milestones(SourcingRequestDetails d) {
        StringBuilder text = new StringBuilder(getTranslation("sourcing.requested-on") + " "
                + Formats.date(d.requestedOn(), getLocale()));
        if (d.introducedOn() != null) {
            text.append(" · ").append(getTranslation("sourcing.introduced-on")).append(' ')
                    .append(Formats.date(d.introducedOn(), getLocale()));
        }
        if (d.finishedOn() != null) {
            text.append(" · ").append(getTranslation("sourcing.finished-on")).append(' ')
                    .append(Formats.date(d.finishedOn(), getLocale()));
        }
        return text.toString();
    }

    private void save() {
        form.clearInvalid();
        error.setText("");
        SourcingRequestDraft draft = form.draft();
        try {
            if (details == null) {
                long id = sourcing.create(draft);
                Messages.success(getTranslation("sourcing.saved"));
                getUI().ifPresent(ui -> ui.navigate(SourcingRequestView.class, String.valueOf(id)));
            } else {
                sourcing.update(details.id(), details.version(), draft);
                Messages.success(getTranslation("sourcing.saved"));
                reload();
            }
        } catch (InvalidInputException invalid) {
            String message = Messages.of(this, invalid);
            error.setText(message);
            Object[] arguments = invalid.arguments();
            if (arguments.length > 0 && arguments[0] instanceof String field) {
                form.markInvalid(field, message);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("sourcing.new") : details.data().title()) + " · "
                + getTranslation("app.name");
    }
}
