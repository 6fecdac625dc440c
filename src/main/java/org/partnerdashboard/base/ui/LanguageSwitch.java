package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;
import org.partnerdashboard.base.Languages;

/**
 * English or Español, each named in its own language. A change applies to the whole session and reloads the page,
 * so every text, figure and date is drawn again in the new language; signed-in users also have it remembered.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(Consumer<Locale> remember) {
        setId("language");
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(language -> getTranslation("language." + language.getLanguage()));
        setAriaLabel(getTranslation("language.label"));
        addClassName("language-switch");
        setValue(Languages.closest(getLocale()));
        addValueChangeListener(change -> {
            if (change.getValue() == null || change.getValue().equals(VaadinSession.getCurrent().getLocale())) {
                return;
            }
            remember.accept(change.getValue());
            VaadinSession.getCurrent().setLocale(change.getValue());
            UI.getCurrent().getPage().reload();
        });
    }

    /** For pages without a signed-in user: the choice lasts for the session. */
    public static LanguageSwitch forVisitors() {
        return new LanguageSwitch(language -> { });
    }
}
