package org.partnerdashboard.base.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Filter values in a URL's query, both ways: absent when null, and unparseable values dropped, never an error. */
public final class UrlParameters {

    private UrlParameters() {
    }

    public static void put(Map<String, List<String>> params, String name, Object value) {
        if (value != null) {
            params.put(name, List.of(value.toString()));
        }
    }

    /** The parsed first value, or null when it is missing, blank or malformed (a mangled link still opens). */
    public static <T> T get(Map<String, List<String>> params, String name, Function<String, T> parse) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            return null;
        }
        try {
            return parse.apply(values.getFirst().trim());
        } catch (RuntimeException unparseable) {
            return null;
        }
    }
}
