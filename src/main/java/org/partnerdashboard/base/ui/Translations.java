package org.partnerdashboard.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.partnerdashboard.base.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text, from {@code vaadin-i18n/translations*.properties} (UTF-8): English in the base bundle,
 * Spanish in {@code _es}. Unlike Java's default lookup this never falls back to the server's own locale, so a server
 * set up in Spanish still shows English to English readers. Vaadin offers the supported languages to browsers.
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Languages.closest(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("No text for key {} in {}", key, language);
            return "!{" + key + "}!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
    }

    /** Whether the text is one of the app's message keys (then an argument holding it is translated, not shown). */
    public static boolean isKey(String text) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK).containsKey(text);
    }

    /** Every text whose key starts with the prefix, keyed by the rest of the key (for libraries' own texts). */
    static Map<String, String> withPrefix(String prefix, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Languages.closest(locale), NO_FALLBACK);
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                texts.put(key.substring(prefix.length()), bundle.getString(key));
            }
        }
        return texts;
    }
}
