package org.partnerdashboard.base;

/**
 * A translated text by key, in one locale. A component's {@code this::getTranslation} is one; {@code Translator.of}
 * captures one for use off the UI thread. Pure builders take it so they stay free of UI state.
 */
@FunctionalInterface
public interface Translation {

    String text(String key, Object... arguments);
}
