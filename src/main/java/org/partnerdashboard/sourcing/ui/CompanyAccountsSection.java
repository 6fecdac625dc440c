package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.security.InvitationRow;
import org.partnerdashboard.security.InvitationService;
import org.partnerdashboard.security.UserRow;
import org.partnerdashboard.suppliers.ui.InviteDialog;

/**
 * A company's accounts in its space, on the staff's page for the company: the people who have one (staff can
 * disable or enable them), the invitations sent (staff can withdraw one still waiting) and a button to invite someone.
 */
class CompanyAccountsSection extends VerticalLayout {

    /** What the section shows and does for one company. */
    interface Company {
        List<InvitationRow> invitations();

        List<UserRow> accounts();

        void invite(String displayName, String email, Locale language);

        /** Invites someone to the buyer space for a supplier that also buys; null when the company cannot. */
        default InviteDialog.Invite buyerInvitation() {
            return null;
        }
    }

    private final InvitationService invitationService;
    private final Company company;
    private final Grid<UserRow> accounts = new Grid<>();
    private final Grid<InvitationRow> invitations = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final ZoneId zone;

    /**
     * @param titleKey    the section's heading, e.g. "The supplier space"
     * @param suggestion  the contact to suggest in the invitation: name and address, either may be null
     */
    CompanyAccountsSection(InvitationService invitationService, ZoneId zone, String titleKey, String introKey,
            Supplier<String[]> suggestion, Company company) {
        this.invitationService = invitationService;
        this.zone = zone;
        this.company = company;
        setPadding(false);
        addClassName("company-accounts");
        Button invite = new Button(getTranslation("invitations.invite"), VaadinIcon.ENVELOPE_O.create(), click -> {
            String[] contact = suggestion.get();
            new InviteDialog(getTranslation("invitations.invite"), contact[0], contact[1], company::invite,
                    this::refresh).open();
        });
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("invite-account");
        HorizontalLayout buttons = new HorizontalLayout(invite);
        buttons.setWrap(true);
        InviteDialog.Invite buyerInvitation = company.buyerInvitation();
        if (buyerInvitation != null) {
            Button inviteBuyer = new Button(getTranslation("invitations.invite-buyer"), VaadinIcon.CART_O.create(),
                    click -> {
                        String[] contact = suggestion.get();
                        new InviteDialog(getTranslation("invitations.invite-buyer"), contact[0], contact[1],
                                buyerInvitation, this::refresh).open();
                    });
            inviteBuyer.setId("invite-buyer-account");
            buttons.add(inviteBuyer);
        }
        accounts.addColumn(UserRow::displayName).setHeader(getTranslation("users.display-name")).setAutoWidth(true);
        accounts.addColumn(UserRow::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        accounts.addColumn(u -> getTranslation("role." + u.role())).setHeader(getTranslation("invitations.space"))
                .setAutoWidth(true);
        accounts.addColumn(u -> u.lastSignedInAt() == null ? "—" : Formats.dateTime(u.lastSignedInAt(), zone, getLocale()))
                .setHeader(getTranslation("users.last-sign-in")).setAutoWidth(true);
        accounts.addComponentColumn(this::enableButton).setHeader(getTranslation("users.status")).setAutoWidth(true);
        accounts.setAllRowsVisible(true);
        accounts.setAriaLabel(getTranslation("invitations.accounts"));
        invitations.addColumn(InvitationRow::displayName).setHeader(getTranslation("invitations.name"))
                .setAutoWidth(true);
        invitations.addColumn(InvitationRow::email).setHeader(getTranslation("invitations.email")).setAutoWidth(true);
        invitations.addColumn(i -> getTranslation("role." + i.role())).setHeader(getTranslation("invitations.space"))
                .setAutoWidth(true);
        invitations.addColumn(i -> Formats.dateTime(i.createdAt(), zone, getLocale()) + " · " + i.invitedBy())
                .setHeader(getTranslation("invitations.sent-on")).setAutoWidth(true);
        invitations.addComponentColumn(this::state).setHeader(getTranslation("invitations.state")).setAutoWidth(true);
        invitations.setAllRowsVisible(true);
        invitations.setAriaLabel(getTranslation("invitations.list"));
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)), buttons, none, accounts,
                invitations);
        refresh();
    }

    private void refresh() {
        List<UserRow> people = company.accounts();
        List<InvitationRow> sent = company.invitations();
        accounts.setItems(people);
        accounts.setVisible(!people.isEmpty());
        invitations.setItems(sent);
        invitations.setVisible(!sent.isEmpty());
        none.setText(getTranslation("invitations.none"));
        none.setVisible(people.isEmpty() && sent.isEmpty());
    }

    private Button enableButton(UserRow user) {
        Button toggle = new Button(getTranslation(user.enabled() ? "invitations.disable" : "invitations.enable"),
                click -> {
                    invitationService.setAccountEnabled(user.id(), user.version(), !user.enabled());
                    refresh();
                });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, user.enabled() ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_SUCCESS);
        toggle.setAriaLabel(getTranslation(user.enabled() ? "invitations.disable" : "invitations.enable") + " "
                + user.displayName());
        return toggle;
    }

    private Component state(InvitationRow invitation) {
        Span state = new Span(getTranslation("invitations.state." + invitation.state()));
        state.addClassNames("status-badge", switch (invitation.state()) {
            case ACCEPTED -> "done";
            case WAITING -> "open";
            default -> "ended";
        });
        if (invitation.state() != InvitationRow.State.WAITING) {
            return state;
        }
        Button withdraw = new Button(getTranslation("invitations.withdraw"), click -> {
            invitationService.withdraw(invitation.id(), invitation.version());
            refresh();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        withdraw.setAriaLabel(getTranslation("invitations.withdraw") + " " + invitation.email());
        Span both = new Span(state, withdraw);
        return both;
    }
}
