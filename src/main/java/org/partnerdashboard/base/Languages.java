package org.partnerdashboard.base;

import java.util.List;
import java.util.Locale;

/**
 * The languages the app speaks: US English, the default, and US Spanish (Chicago's Spanish speakers read dollars,
 * numbers and dates in US styles: "$1,234.50", "31 mar 2030").
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.forLanguageTag("en-US");
    public static final Locale SPANISH = Locale.forLanguageTag("es-US");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

    private Languages() {
    }

    /** The supported language of the same language as the given one (any region), or English. */
    public static Locale closest(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(ENGLISH);
    }

    /** A stored language tag as one of the supported languages; null (no choice made) stays null. */
    public static Locale fromTag(String tag) {
        return tag == null || tag.isBlank() ? null : closest(Locale.forLanguageTag(tag));
    }
}
