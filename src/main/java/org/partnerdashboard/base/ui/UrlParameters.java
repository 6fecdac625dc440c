package org.partnerdashboard.base.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Filter values in a URL's query, both ways: absent when null, and unparseable values dropped, never an error. */
public final class UrlParameters {

    private static final String SEARCH = "q";

    private UrlParameters() {
    }

    public static void put(Map<String, List<String>> params, String name, Object value) {
        if (value != null) {
            params.put(name, List.of(value.toString()));
        }
    }

    /** A search text as the parameter "q": trimmed, absent when blank. */
    public static void putSearch(Map<String, List<String>> params, String text) {
        put(params, SEARCH, text == null || text.isBlank() ? null : text.trim());
    }

    /** The search text of the parameter "q", at most 100 characters (a pasted essay is cut, not refused). */
    public static String search(Map<String, List<String>> params) {
        return get(params, SEARCH, value -> value.length() > 100 ? value.substring(0, 100) : value);
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
