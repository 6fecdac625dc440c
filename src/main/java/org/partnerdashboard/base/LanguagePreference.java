package org.partnerdashboard.base;

import java.util.Locale;

/** Remembers the language the signed-in user chose, for their next sessions (kept with the user's account). */
public interface LanguagePreference {

    void remember(Locale language);
}
