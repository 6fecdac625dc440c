package org.partnerdashboard.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.partnerdashboard.base.Translation;

/**
 * What happened when, in words, for marking events on charts: "Jun 10, 2026: Metals roundtable (Roundtable)", the
 * events of one day or one category joined. Pure.
 */
public final class EventLabels {

    private EventLabels() {
    }

    /** By the day each event starts. */
    public static SortedMap<LocalDate, String> byDay(List<EventRow> events, Locale locale, Translation t) {
        return grouped(events, EventRow::startsOn, locale, t);
    }

    /**
     * By the index of the category each event starts in (a month, a quarter).
     *
     * @param categoryOf the category a day falls in, or -1 when it is outside the chart
     */
    public static SortedMap<Integer, String> byCategory(List<EventRow> events, ToIntFunction<LocalDate> categoryOf,
            Locale locale, Translation t) {
        SortedMap<Integer, String> labels = grouped(events, e -> categoryOf.applyAsInt(e.startsOn()), locale, t);
        labels.remove(-1);
        return labels;
    }

    private static <K extends Comparable<? super K>> SortedMap<K, String> grouped(List<EventRow> events,
            Function<EventRow, K> key, Locale locale, Translation t) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Map<K, List<String>> texts = new TreeMap<>();
        for (EventRow e : events) {
            texts.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(day.format(e.startsOn()) + ": " + e.title()
                    + " (" + t.text("event-kind." + e.kind()) + ")");
        }
        SortedMap<K, String> labels = new TreeMap<>();
        texts.forEach((k, lines) -> labels.put(k, String.join("; ", lines)));
        return labels;
    }
}
