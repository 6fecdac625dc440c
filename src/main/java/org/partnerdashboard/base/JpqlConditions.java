package org.partnerdashboard.base;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects "where" conditions and their parameters, so user input only ever reaches a query as a parameter. */
public final class JpqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public JpqlConditions add(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The conditions to append to a query that already has a where clause. */
    public String and() {
        return conditions.isEmpty() ? "" : " and " + String.join(" and ", conditions);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A LIKE pattern matching the text anywhere, or null for blank text (no condition). */
    public static String containing(String text) {
        return text == null || text.isBlank() ? null : "%" + escapeLike(text.trim()) + "%";
    }

    /** Lower-cases and escapes LIKE's wildcards, so "%" or "_" typed by a user match themselves. */
    public static String escapeLike(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
