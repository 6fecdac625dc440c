package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.FieldErrors;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.placements.OrganizationTargets;
import org.partnerdashboard.placements.TargetDraft;
import org.partnerdashboard.placements.TargetService;
import org.partnerdashboard.placements.TargetType;

/** Sets one organization's targets for a year: a total and, optionally, one per type, with notes. */
class TargetDialog extends Dialog {

    private final Map<TargetType, IntegerField> fields = new EnumMap<>(TargetType.class);
    private final TextArea notes = new TextArea();
    private final Span error = new Span();
    private final FieldErrors errors = new FieldErrors(this);

    TargetDialog(TargetService targets, OrganizationTargets current, int year, Runnable saved) {
        setHeaderTitle(getTranslation("targets.dialog-title", current.organizationName(), String.valueOf(year)));
        FormLayout form = new FormLayout();
        for (TargetType type : TargetType.values()) {
            IntegerField field = new IntegerField(getTranslation("target-type." + type));
            field.setMin(0);
            field.setStepButtonsVisible(false);
            field.setValue(current.targets().get(type));
            field.setId("target-" + type);
            fields.put(type, field);
            errors.field("target-type." + type, field);
            form.add(field);
        }
        fields.get(TargetType.ALL).setHelperText(getTranslation("targets.total-help"));
        notes.setLabel(getTranslation("targets.notes"));
        notes.setMaxLength(500);
        notes.setValue(current.notes() == null ? "" : current.notes());
        notes.setId("target-notes");
        errors.field("targets.notes", notes);
        form.add(notes);
        form.setColspan(notes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        form.setMaxWidth("36rem");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(form, error);
        Button save = new Button(getTranslation("action.save"), click -> {
            errors.clear();
            error.setText("");
            Map<TargetType, Integer> values = new HashMap<>();
            fields.forEach((type, field) -> {
                if (field.getValue() != null) {
                    values.put(type, field.getValue());
                }
            });
            try {
                targets.save(current.organizationId(), year, new TargetDraft(values, notes.getValue()),
                        current.lastUpdated());
                Messages.success(getTranslation("targets.saved", current.organizationName()));
                close();
                saved.run();
            } catch (ConcurrentEditException changed) {
                error.setText(getTranslation("targets.changed-meanwhile"));
                saved.run();
            } catch (InvalidInputException invalid) {
                error.setText(errors.show(invalid));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("target-save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, save);
    }
}
