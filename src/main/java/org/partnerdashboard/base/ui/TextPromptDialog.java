package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.partnerdashboard.base.InvalidInputException;

/** Asks for a short text (a reason, a note) before an action; the action's rule violations show in the dialog. */
public class TextPromptDialog extends Dialog {

    private final TextArea text = new TextArea();
    private final Span error = new Span();

    /**
     * @param action runs with the text; an {@link InvalidInputException} keeps the dialog open with its message
     */
    public TextPromptDialog(String title, String label, String confirm, int maxLength, Consumer<String> action) {
        setHeaderTitle(title);
        text.setLabel(label);
        text.setMaxLength(maxLength);
        text.setWidth("min(32rem, 85vw)");
        text.setId("prompt-text");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(text, error);
        Button ok = new Button(confirm, click -> {
            try {
                action.accept(text.getValue());
                close();
            } catch (InvalidInputException invalid) {
                error.setText(Messages.of(this, invalid));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("prompt-confirm");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, ok);
        addOpenedChangeListener(opened -> text.focus());
    }
}
