package org.partnerdashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.Languages;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void spanishForAnySpanishAndEnglishForEveryOtherLanguage() {
        assertThat(translations.getTranslation("nav.dashboard", Locale.forLanguageTag("es-MX"))).isEqualTo("Panel");
        assertThat(translations.getTranslation("nav.dashboard", Languages.SPANISH)).isEqualTo("Panel");
        assertThat(translations.getTranslation("nav.dashboard", Locale.FRENCH)).isEqualTo("Dashboard");
        assertThat(translations.getProvidedLocales()).containsExactly(Languages.ENGLISH, Languages.SPANISH);
    }

    @Test
    void englishEvenOnAServerSetUpInSpanish() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Languages.SPANISH);
            assertThat(translations.getTranslation("nav.dashboard", Languages.ENGLISH)).isEqualTo("Dashboard");
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void argumentsAreFormattedForTheLanguage() {
        assertThat(translations.getTranslation("directory.total", Languages.SPANISH, 1)).isEqualTo("1 proveedor");
        assertThat(translations.getTranslation("directory.total", Languages.SPANISH, 1200))
                .isEqualTo("1,200 proveedores");
        assertThat(translations.getTranslation("snapshot.share.days", Languages.ENGLISH, 7)).isEqualTo("7 days");
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertThat(translations.getTranslation("no.such.key", Languages.ENGLISH)).isEqualTo("!{no.such.key}!");
    }
}
