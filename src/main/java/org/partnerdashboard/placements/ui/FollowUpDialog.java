package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.placements.FollowUpRow;
import org.partnerdashboard.placements.FollowUpService;
import org.partnerdashboard.placements.RetentionOutcome;

/** Records one retention check: still employed (with the current wage), left, or unknown. */
class FollowUpDialog extends Dialog {

    private final RadioButtonGroup<RetentionOutcome> outcome = new RadioButtonGroup<>();
    private final BigDecimalField wage = new BigDecimalField();
    private final Span error = new Span();

    FollowUpDialog(FollowUpService followUps, FollowUpRow row, Runnable onSaved) {
        setHeaderTitle(getTranslation("follow-ups.record-title", row.milestoneDays(), row.jobSeekerName()));
        Paragraph context = new Paragraph(getTranslation("follow-ups.context", row.jobTitle(), row.employer(),
                Formats.date(row.startDate(), getLocale()),
                row.startingWage() == null ? "—" : Formats.dollars(row.startingWage(), getLocale())));
        outcome.setLabel(getTranslation("follow-ups.outcome"));
        outcome.setItems(RetentionOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("retention-outcome." + o));
        outcome.setRequiredIndicatorVisible(true);
        wage.setLabel(getTranslation("follow-ups.current-wage"));
        wage.setHelperText(getTranslation("follow-ups.current-wage-help"));
        wage.setEnabled(false);
        outcome.addValueChangeListener(change -> {
            wage.setEnabled(change.getValue() == RetentionOutcome.STILL_EMPLOYED);
            if (!wage.isEnabled()) {
                wage.clear();
            }
        });
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(context, outcome, wage, error);

        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                followUps.record(row.checkId(), row.version(), outcome.getValue(), wage.getValue());
                Messages.success(getTranslation("follow-ups.saved"));
                onSaved.run();
                close();
            } catch (InvalidInputException invalid) {
                error.setText(Messages.of(this, invalid));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-follow-up");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("32rem");
    }
}
