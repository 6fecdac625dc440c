package org.partnerdashboard.suppliers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.FieldErrors;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Localized;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.suppliers.CertificationChangeRow;
import org.partnerdashboard.suppliers.CertificationChangeStatus;
import org.partnerdashboard.suppliers.Certifications;
import org.partnerdashboard.suppliers.HeldCertification;
import org.partnerdashboard.suppliers.MyCompany;
import org.partnerdashboard.suppliers.SupplierSpaceService;

/**
 * The supplier space's certifications: the ones on record with their expiry dates, a form to propose a new or
 * renewed one, a removal per row, and the proposals waiting for staff (each can be withdrawn) or decided.
 */
class CertificationsSection extends VerticalLayout {

    private final SupplierSpaceService space;
    private final Runnable changed;
    private final Grid<HeldCertification> held = new Grid<>();
    private final Grid<CertificationChangeRow> proposals = new Grid<>();
    private final Paragraph noneHeld = new Paragraph();
    private final ComboBox<String> certification = new ComboBox<>();
    private final DatePicker expiresOn = Localized.datePicker(new DatePicker());
    private final Span error = new Span();
    private final FieldErrors errors = new FieldErrors(this);

    /** @param changed reloads the page's company after a proposal (its history gains the step) */
    CertificationsSection(SupplierSpaceService space, Runnable changed) {
        this.space = space;
        this.changed = changed;
        setPadding(false);
        held.addColumn(c -> getTranslation(c.labelKey())).setHeader(getTranslation("certifications.certification"))
                .setAutoWidth(true);
        held.addColumn(c -> c.expiresOn() == null ? "—" : Formats.date(c.expiresOn(), getLocale()))
                .setHeader(getTranslation("certifications.expires-on")).setAutoWidth(true).setFlexGrow(0);
        held.addComponentColumn(this::standing).setHeader(getTranslation("certifications.standing"))
                .setAutoWidth(true).setFlexGrow(0);
        held.addComponentColumn(c -> button("certifications.propose-removal", () -> space.proposeRemoval(c.code())))
                .setKey("remove").setAutoWidth(true).setFlexGrow(0);
        held.setAllRowsVisible(true);
        held.setAriaLabel(getTranslation("certifications.title"));
        held.setId("held-certifications");

        certification.setLabel(getTranslation("certifications.certification"));
        certification.setItems(Certifications.all().stream().map(Enum::name).toList());
        certification.setItemLabelGenerator(code -> getTranslation(Certifications.labelKey(code)));
        certification.setRequiredIndicatorVisible(true);
        certification.setId("proposed-certification");
        expiresOn.setLabel(getTranslation("certifications.expires-on"));
        expiresOn.setRequiredIndicatorVisible(true);
        expiresOn.setId("proposed-expiry");
        errors.field("certifications.certification", certification).field("certifications.expires-on", expiresOn);
        Button propose = new Button(getTranslation("certifications.propose"), click -> propose());
        propose.setId("propose-certification");
        HorizontalLayout form = new HorizontalLayout(certification, expiresOn, propose);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");

        proposals.addColumn(c -> getTranslation(c.labelKey())).setHeader(getTranslation("certifications.certification"))
                .setAutoWidth(true);
        proposals.addColumn(c -> getTranslation("certifications.kind." + c.kind())
                        + (c.expiresOn() == null ? "" : " · " + Formats.date(c.expiresOn(), getLocale())))
                .setHeader(getTranslation("certifications.change")).setAutoWidth(true);
        proposals.addColumn(c -> getTranslation("certifications.status." + c.status())
                        + (c.decisionNote() == null ? "" : ": " + c.decisionNote()))
                .setHeader(getTranslation("certifications.status")).setAutoWidth(true);
        proposals.addComponentColumn(c -> c.status() != CertificationChangeStatus.PENDING ? new Span()
                : button("certifications.withdraw", () -> space.withdrawCertificationChange(c.id())))
                .setKey("withdraw").setAutoWidth(true).setFlexGrow(0);
        proposals.setAllRowsVisible(true);
        proposals.setAriaLabel(getTranslation("certifications.proposals"));
        proposals.setId("certification-proposals");

        add(new H2(getTranslation("certifications.title")), new Paragraph(getTranslation("certifications.intro")),
                held, noneHeld, new H3(getTranslation("certifications.propose-title")), form, error,
                new H3(getTranslation("certifications.proposals")), proposals);
    }

    void show(MyCompany company) {
        held.setItems(company.certifications());
        held.setVisible(!company.certifications().isEmpty());
        noneHeld.setText(getTranslation("certifications.none"));
        noneHeld.setVisible(company.certifications().isEmpty());
        List<CertificationChangeRow> rows = company.certificationChanges();
        proposals.setItems(rows);
        proposals.setVisible(!rows.isEmpty());
    }

    private Span standing(HeldCertification c) {
        Span badge = new Span(getTranslation("certifications.standing." + c.standing() + ".badge"));
        badge.addClassNames("status-badge", switch (c.standing()) {
            case VALID -> "done";
            case EXPIRING, NO_DATE -> "open";
            case EXPIRED -> "ended";
        });
        return badge;
    }

    private void propose() {
        error.setText("");
        errors.clear();
        try {
            LocalDate date = expiresOn.getValue();
            space.proposeCertification(certification.getValue(), date);
            Messages.success(getTranslation("certifications.proposed"));
            certification.clear();
            expiresOn.clear();
            changed.run();
        } catch (InvalidInputException invalid) {
            error.setText(errors.show(invalid));
        }
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                action.run();
                Messages.success(getTranslation(key + ".done"));
                changed.run();
            } catch (InvalidInputException invalid) {
                Messages.error(Messages.of(this, invalid));
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
