package org.partnerdashboard.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;
import org.partnerdashboard.base.Translation;

/** The component's translations, captured for use off the UI thread (background reports). */
public final class Translator {

    private Translator() {
    }

    public static Translation of(Locale locale) {
        I18NProvider provider = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        return (key, arguments) -> provider.getTranslation(key, locale, arguments);
    }
}
