package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerdashboard.base.InvalidInputException;

/**
 * A form's fields by the key of their label, so every problem a check found is shown at once: each field it is
 * about marked invalid with its message, focus on the first of them, and one summary for the form's alert.
 */
public final class FieldErrors {

    private final Component form;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** @param form the component whose language the messages are in */
    public FieldErrors(Component form) {
        this.form = form;
    }

    /** Adds a field, in the form's order, under the key of its label (the key rules name it by). */
    public FieldErrors field(String labelKey, HasValidation field) {
        fields.put(labelKey, field);
        return this;
    }

    /** Clears every mark. */
    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /**
     * Marks every field with a problem and focuses the first; returns the summary: each problem in words, those of
     * no field too (e.g. "This person already has an active placement").
     */
    public String show(InvalidInputException invalid) {
        clear();
        List<InvalidInputException> problems = invalid.problems();
        for (InvalidInputException problem : problems) {
            HasValidation field = problem.fieldKey() == null ? null : fields.get(problem.fieldKey());
            if (field != null) {
                field.setErrorMessage(Messages.of(form, problem));
                field.setInvalid(true);
            }
        }
        fields.values().stream().filter(HasValidation::isInvalid).findFirst()
                .filter(Focusable.class::isInstance).map(Focusable.class::cast).ifPresent(Focusable::focus);
        List<String> messages = problems.stream().map(problem -> Messages.of(form, problem)).toList();
        return messages.size() == 1 ? messages.getFirst()
                : form.getTranslation("form.problems", messages.size()) + " " + String.join(" · ", messages);
    }
}
