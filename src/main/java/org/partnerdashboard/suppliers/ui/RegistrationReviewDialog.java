package org.partnerdashboard.suppliers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.suppliers.PendingRegistration;
import org.partnerdashboard.suppliers.SupplierChoice;
import org.partnerdashboard.suppliers.SupplierDetails;
import org.partnerdashboard.suppliers.SupplierReviewService;

/** One pending registration, in full, with the three decisions: approve, reject with a reason, merge. */
class RegistrationReviewDialog extends Dialog {

    private final SupplierReviewService review;
    private final PendingRegistration registration;
    private final Runnable afterDecision;
    private final Runnable afterApproval;
    private final TextArea reason = new TextArea();
    private final ComboBox<SupplierChoice> mergeInto = new ComboBox<>();
    private final Span error = new Span();

    /** @param afterApproval runs after an approval (the review queue then offers an invitation to the space) */
    RegistrationReviewDialog(SupplierReviewService review, SupplierDetails details, PendingRegistration registration,
            Runnable afterDecision, Runnable afterApproval) {
        this.review = review;
        this.afterApproval = afterApproval;
        this.registration = registration;
        this.afterDecision = afterDecision;
        setHeaderTitle(details.legalName());
        setWidth("min(56rem, 95vw)");
        Div body = new Div();
        if (registration.possibleDuplicateOf() != null) {
            Div warning = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("review.duplicate-warning",
                    registration.possibleDuplicateOf().label())));
            warning.addClassName("duplicate-warning");
            warning.getElement().setAttribute("role", "alert");
            body.add(warning);
        }
        body.add(SupplierSummary.of(details, this));

        reason.setLabel(getTranslation("review.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("review.reason-help"));
        mergeInto.setLabel(getTranslation("review.merge-into"));
        mergeInto.setItems(query -> review.mergeTargets(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        mergeInto.setItemLabelGenerator(SupplierChoice::label);
        mergeInto.setWidthFull();
        if (registration.possibleDuplicateOf() != null) {
            mergeInto.setValue(registration.possibleDuplicateOf());
        }
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        body.add(new Paragraph(), reason, mergeInto, error);
        add(body);

        Button approve = new Button(getTranslation("review.approve"), VaadinIcon.CHECK.create(),
                click -> {
                    if (decide(() -> review.approve(registration.id(), registration.version()), "review.approved")) {
                        afterApproval.run();
                    }
                });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve-registration");
        Button reject = new Button(getTranslation("review.reject"), VaadinIcon.BAN.create(),
                click -> decide(() -> review.reject(registration.id(), registration.version(), reason.getValue()),
                        "review.rejected"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("reject-registration");
        Button merge = new Button(getTranslation("review.merge"), VaadinIcon.CONNECT.create(), click -> {
            if (mergeInto.getValue() == null) {
                error.setText(getTranslation("review.error.merge-target"));
                return;
            }
            decide(() -> review.merge(registration.id(), registration.version(), mergeInto.getValue().id()),
                    "review.merged");
        });
        merge.setId("merge-registration");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout decisions = new HorizontalLayout(reject, merge, approve);
        getFooter().add(cancel, decisions);
    }

    /** @return whether the decision was taken */
    private boolean decide(Runnable decision, String doneKey) {
        try {
            decision.run();
            Messages.success(getTranslation(doneKey, registration.legalName()));
            close();
            afterDecision.run();
            return true;
        } catch (InvalidInputException invalid) {
            error.setText(Messages.of(this, invalid));
            return false;
        }
    }
}
