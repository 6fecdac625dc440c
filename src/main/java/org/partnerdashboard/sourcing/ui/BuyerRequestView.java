package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.ui.AppAddress;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.base.ui.TextPromptDialog;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.sourcing.BuyerRequest;
import org.partnerdashboard.sourcing.BuyerRequest.IntroducedSupplier;
import org.partnerdashboard.sourcing.BuyerSpaceService;
import org.partnerdashboard.sourcing.MatchStatus;
import org.partnerdashboard.sourcing.SourcingRequestDraft;

/**
 * One of the buyer's requests (or a new one): what was asked, where it stands, the suppliers staff introduced with
 * their contacts, and the buyer's award or its reason for closing without one.
 */
@Route("my-request")
@RolesAllowed(Role.Names.BUYER)
public class BuyerRequestView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final BuyerSpaceService space;
    private final SourcingRequestForm form;
    private final Checkbox showName = new Checkbox();
    private final H1 title = new H1();
    private final Div status = new Div();
    private final Span error = new Span();
    private final Button submit = new Button();
    private final Div introducedSection = new Div();
    private BuyerRequest request;

    public BuyerRequestView(BuyerSpaceService space, ReferenceDataService referenceData) {
        this.space = space;
        this.form = new SourcingRequestForm(null, referenceData);
        showName.setLabel(getTranslation("my-requests.show-name"));
        showName.setId("show-buyer-name");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        submit.setText(getTranslation("my-requests.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("submit-request");
        submit.addClickListener(click -> submit());
        status.addClassName("request-status");
        introducedSection.setWidthFull();
        add(new Anchor("my-requests", getTranslation("my-requests.back")), title, status, form, showName, error,
                submit, introducedSection);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        request = null;
        introducedSection.removeAll();
        status.removeAll();
        if ("new".equals(parameter)) {
            title.setText(getTranslation("my-requests.new"));
            form.show(new SourcingRequestDraft(null, "", null, null, Set.of(), Set.of(), Set.of(), null, null, null,
                    false));
            form.setEditable(true);
            showName.setReadOnly(false);
            submit.setVisible(true);
            return;
        }
        try {
            show(space.request(Long.parseLong(parameter)));
        } catch (NumberFormatException | InvalidInputException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(BuyerRequest loaded) {
        request = loaded;
        title.setText(loaded.data().title());
        status.removeAll();
        status.add(RequestBadges.status(loaded.status(), this), new Span(getTranslation("sourcing.requested-on") + " "
                + Formats.date(loaded.requestedOn(), getLocale())));
        if (loaded.statusReason() != null) {
            status.add(new Span(loaded.statusReason()));
        }
        form.show(loaded.data());
        form.setEditable(false);
        showName.setValue(loaded.buyerNameShown());
        showName.setReadOnly(true);
        submit.setVisible(false);
        introducedSection.removeAll();
        introducedSection.add(new H2(getTranslation("my-requests.introduced")));
        if (loaded.introduced().isEmpty()) {
            introducedSection.add(new Paragraph(getTranslation("my-requests.none-introduced")));
        } else {
            introducedSection.add(introducedGrid(loaded));
        }
        if (!loaded.status().isFinished()) {
            Button close = new Button(getTranslation("my-requests.close"), VaadinIcon.CLOSE_CIRCLE.create(),
                    click -> new TextPromptDialog(getTranslation("my-requests.close"),
                            getTranslation("my-requests.close-reason"), getTranslation("my-requests.close"), 500,
                            reason -> {
                                space.close(request.id(), request.version(), reason);
                                Messages.success(getTranslation("sourcing.close.done"));
                                show(space.request(request.id()));
                            }).open());
            close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            close.setId("close-my-request");
            introducedSection.add(close);
        }
    }

    private Grid<IntroducedSupplier> introducedGrid(BuyerRequest loaded) {
        Grid<IntroducedSupplier> grid = new Grid<>();
        grid.addColumn(IntroducedSupplier::name).setHeader(getTranslation("interests.supplier")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(s -> s.city() + ", " + s.stateCode()).setHeader(getTranslation("supplier.city"))
                .setAutoWidth(true);
        grid.addColumn(s -> String.join(" · ", nonNull(s.contactName()), nonNull(s.contactEmail()),
                nonNull(s.contactPhone())).replaceAll("( · )+$", "")).setHeader(getTranslation("supplier.contact"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(s -> nonNull(s.website())).setHeader(getTranslation("supplier.website")).setAutoWidth(true);
        grid.addComponentColumn(s -> outcome(loaded, s)).setHeader(getTranslation("opportunities.outcome"))
                .setAutoWidth(true);
        grid.setItems(loaded.introduced());
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.setAriaLabel(getTranslation("my-requests.introduced"));
        return grid;
    }

    private Component outcome(BuyerRequest loaded, IntroducedSupplier supplier) {
        if (supplier.status() == MatchStatus.INTRODUCED && !loaded.status().isFinished()) {
            Button award = new Button(getTranslation("my-requests.award"), click -> new TextPromptDialog(
                    getTranslation("my-requests.award-title", supplier.name()), getTranslation("my-requests.award-note"),
                    getTranslation("my-requests.award"), 500, note -> {
                        space.award(request.id(), supplier.matchId(), supplier.matchVersion(), note);
                        Messages.success(getTranslation("my-requests.awarded", supplier.name()));
                        show(space.request(request.id()));
                    }).open());
            award.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            award.setAriaLabel(getTranslation("my-requests.award") + " " + supplier.name());
            return award;
        }
        return RequestBadges.status(supplier.status(), this);
    }

    private void submit() {
        form.clearInvalid();
        error.setText("");
        try {
            long id = space.submit(form.draft(), showName.getValue(), AppAddress.current());
            Messages.success(getTranslation("my-requests.submitted"));
            UI.getCurrent().navigate(BuyerRequestView.class, String.valueOf(id));
        } catch (InvalidInputException invalid) {
            String message = Messages.of(this, invalid);
            error.setText(message);
            Object[] arguments = invalid.arguments();
            if (arguments.length > 0 && arguments[0] instanceof String field) {
                form.markInvalid(field, message);
            }
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return (request == null ? getTranslation("my-requests.new") : request.data().title()) + " · "
                + getTranslation("app.name");
    }
}
