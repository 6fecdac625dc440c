package org.partnerdashboard.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.Collectors;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.FieldErrors;
import org.partnerdashboard.base.ui.Localized;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.calendar.CalendarService;
import org.partnerdashboard.calendar.EventDraft;
import org.partnerdashboard.calendar.EventKind;
import org.partnerdashboard.calendar.EventRow;
import org.partnerdashboard.security.OrganizationOption;

/** Adds an event to the calendar, or changes or removes one. */
class EventDialog extends Dialog {

    private final Select<EventKind> kind = new Select<>();
    private final TextField title = new TextField();
    private final DatePicker startsOn = Localized.datePicker(new DatePicker());
    private final DatePicker endsOn = Localized.datePicker(new DatePicker());
    private final TextField place = new TextField();
    private final MultiSelectComboBox<OrganizationOption> hosts = Localized.multiSelect(new MultiSelectComboBox<>());
    private final TextArea notes = new TextArea();
    private final Span error = new Span();
    private final FieldErrors errors = new FieldErrors(this);

    /** @param existing the event to change, or null to add one */
    EventDialog(CalendarService calendar, EventRow existing, Runnable changed) {
        setHeaderTitle(getTranslation(existing == null ? "calendar.add" : "calendar.edit"));
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("event-kind." + k));
        kind.setId("event-kind");
        title.setLabel(getTranslation("calendar.event-title"));
        title.setMaxLength(200);
        title.setId("event-title");
        startsOn.setLabel(getTranslation("calendar.starts-on"));
        startsOn.setId("event-starts");
        endsOn.setLabel(getTranslation("calendar.ends-on"));
        endsOn.setHelperText(getTranslation("calendar.ends-on-help"));
        endsOn.setId("event-ends");
        place.setLabel(getTranslation("calendar.place"));
        place.setMaxLength(200);
        List<OrganizationOption> options = calendar.hosts();
        hosts.setLabel(getTranslation("calendar.hosts"));
        hosts.setItems(options);
        hosts.setItemLabelGenerator(OrganizationOption::name);
        notes.setLabel(getTranslation("calendar.notes"));
        notes.setMaxLength(1000);
        kind.setRequiredIndicatorVisible(true);
        title.setRequiredIndicatorVisible(true);
        startsOn.setRequiredIndicatorVisible(true);
        errors.field("calendar.kind", kind).field("calendar.event-title", title).field("calendar.starts-on", startsOn)
                .field("calendar.ends-on", endsOn).field("calendar.place", place).field("calendar.hosts", hosts)
                .field("calendar.notes", notes);
        if (existing == null) {
            kind.setValue(EventKind.ROUNDTABLE);
        } else {
            kind.setValue(existing.kind());
            title.setValue(existing.title());
            startsOn.setValue(existing.startsOn());
            endsOn.setValue(existing.endsOn());
            place.setValue(existing.place() == null ? "" : existing.place());
            hosts.setValue(options.stream().filter(o -> existing.hostIds().contains(o.id()))
                    .collect(Collectors.toSet()));
            notes.setValue(existing.notes() == null ? "" : existing.notes());
        }
        FormLayout form = new FormLayout(kind, title, startsOn, endsOn, place, hosts, notes);
        form.setColspan(title, 2);
        form.setColspan(notes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setMaxWidth("40rem");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(form, error);

        Button save = new Button(getTranslation("action.save"), click -> act(() -> {
            EventDraft draft = new EventDraft(kind.getValue(), title.getValue(), startsOn.getValue(),
                    endsOn.getValue(), place.getValue(), hosts.getValue().stream().map(OrganizationOption::id)
                    .collect(Collectors.toSet()), notes.getValue());
            if (existing == null) {
                calendar.create(draft);
            } else {
                calendar.update(existing.id(), existing.version(), draft);
            }
        }, changed));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("event-save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (existing != null) {
            Button delete = new Button(getTranslation("calendar.delete"), click -> act(
                    () -> calendar.delete(existing.id(), existing.version()), changed));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("event-delete");
            getFooter().add(delete);
        }
        getFooter().add(cancel, save);
    }

    private void act(Runnable action, Runnable changed) {
        error.setText("");
        errors.clear();
        try {
            action.run();
            Messages.success(getTranslation("calendar.saved"));
            close();
            changed.run();
        } catch (ConcurrentEditException meanwhile) {
            error.setText(getTranslation("calendar.changed-meanwhile"));
        } catch (InvalidInputException invalid) {
            error.setText(errors.show(invalid));
        }
    }
}
