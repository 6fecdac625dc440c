package org.partnerdashboard.exports.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.exports.ChartData;

/**
 * A chart in words, for screen readers (Highcharts reads the chart's description before its points): every point of
 * a short series, and for a long one where it starts, ends and peaks.
 */
final class ChartSummary {

    /** Above this many points a series is summarized rather than read out. */
    private static final int READ_OUT = 24;

    private ChartSummary() {
    }

    static String of(ChartData chart, Locale locale, Translation t) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(1);
        List<String> sentences = new ArrayList<>();
        for (ChartData.Series series : chart.series()) {
            List<ChartData.Point> points = series.points();
            if (points.isEmpty()) {
                continue;
            }
            String name = series.name() == null ? chart.title() : series.name();
            if (points.size() <= READ_OUT) {
                List<String> read = points.stream().map(p -> t.text("chart.summary.point",
                        label(p, chart, locale), value(p, numbers, t))).toList();
                sentences.add(t.text("chart.summary.series", name, String.join(", ", read)));
            } else {
                ChartData.Point first = points.getFirst();
                ChartData.Point last = points.getLast();
                ChartData.Point highest = points.stream().filter(p -> p.value() != null)
                        .max(Comparator.comparing(ChartData.Point::value)).orElse(last);
                sentences.add(t.text("chart.summary.trend", name, label(first, chart, locale),
                        value(first, numbers, t), label(last, chart, locale), value(last, numbers, t),
                        label(highest, chart, locale), value(highest, numbers, t)));
            }
        }
        chart.thresholds().stream().map(ChartData.Threshold::label).filter(Objects::nonNull).forEach(sentences::add);
        return String.join(". ", sentences) + ".";
    }

    private static String label(ChartData.Point point, ChartData chart, Locale locale) {
        if (chart.timeAxis() && point.label() != null) {
            try {
                return Formats.date(LocalDate.parse(point.label()), locale);
            } catch (DateTimeParseException notADate) {
                return point.label();
            }
        }
        return point.label();
    }

    private static String value(ChartData.Point point, NumberFormat numbers, Translation t) {
        return point.value() == null ? t.text("chart.summary.withheld") : numbers.format(point.value());
    }
}
