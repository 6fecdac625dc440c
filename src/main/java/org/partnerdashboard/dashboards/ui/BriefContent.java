package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.dashboards.SubsectorBrief;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.exports.Report;
import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.indicators.Measure;

/**
 * What a subsector brief says, in words and charts, for the page and its PDF alike. Pure (translations and locale
 * given), so tests read it without a browser.
 */
final class BriefContent {

    /** A headline figure and its over-the-year change in percent (null: no change to show). */
    record Headline(Report.Figure figure, Double changePercent) {

        /** "up", "down" or "" for the change's arrow and colour. */
        String direction() {
            return changePercent == null ? "" : changePercent >= 0 ? "up" : "down";
        }
    }

    private final Translation t;
    private final Locale locale;

    BriefContent(Translation t, Locale locale) {
        this.t = t;
        this.locale = locale;
    }

    /** The official figures with their over-the-year change, then the figures research editors entered. */
    List<Headline> headlines(SubsectorBrief brief) {
        IndicatorPoint now = brief.current();
        IndicatorPoint before = brief.yearBefore();
        List<Headline> headlines = new ArrayList<>(List.of(
                headline("brief.employment", now, before, Measure.EMPLOYMENT, v -> Formats.integer(v, locale)),
                headline("brief.establishments", now, before, Measure.ESTABLISHMENTS, v -> Formats.integer(v, locale)),
                headline("brief.weekly-wage", now, before, Measure.WEEKLY_WAGE, v -> "$" + Formats.integer(v, locale))));
        for (var other : brief.otherFigures()) {
            headlines.add(new Headline(new Report.Figure(t.text("manual-measure." + other.data().measure()),
                    Formats.decimal(other.data().value(), locale), other.data().source()), null));
        }
        return headlines;
    }

    /**
     * A headline figure with its over-the-year arrow (BLS's own change where it published one); "not disclosed" when
     * BLS withheld it (establishment counts are published even then).
     */
    private Headline headline(String labelKey, IndicatorPoint now, IndicatorPoint before, Measure measure,
            Function<Integer, String> format) {
        if (now == null || measure.of(now) == null) {
            return new Headline(new Report.Figure(t.text(labelKey),
                    t.text(now == null ? "brief.no-figure" : "explorer.withheld"), ""), null);
        }
        Double percent = now.changeFrom(before, measure);
        String change = percent == null ? "" : (percent >= 0 ? "▲ " : "▼ ")
                + String.format(locale, "%+.1f%%", percent) + " " + t.text("brief.over-the-year") + " "
                + t.text(now.changePublished(measure) ? "brief.change.bls" : "brief.change.computed");
        return new Headline(new Report.Figure(t.text(labelKey), format.apply(measure.of(now)), change), percent);
    }

    /**
     * What changed since the last brief (the quarter before), from two figures of the same source: "Since 2016 Q3:
     * employment +250, establishments −2, average weekly wage +$35"; empty when nothing can be compared.
     */
    String sinceLastBrief(SubsectorBrief brief) {
        IndicatorPoint now = brief.current();
        IndicatorPoint before = brief.trend().stream().filter(p -> p.quarter().equals(brief.quarter().previous()))
                .findFirst().orElse(null);
        if (now == null || before == null) {
            return "";
        }
        List<String> changes = new ArrayList<>();
        Integer employment = now.differenceFrom(before, Measure.EMPLOYMENT);
        if (employment != null) {
            changes.add(t.text("brief.since.employment", signed(employment, "")));
        }
        Integer establishments = now.differenceFrom(before, Measure.ESTABLISHMENTS);
        if (establishments != null) {
            changes.add(t.text("brief.since.establishments", signed(establishments, "")));
        }
        Integer wage = now.differenceFrom(before, Measure.WEEKLY_WAGE);
        if (wage != null) {
            changes.add(t.text("brief.since.weekly-wage", signed(wage, "$")));
        }
        return changes.isEmpty() ? "" : t.text("brief.since", before.quarter().label(t), String.join(", ", changes));
    }

    private String signed(int difference, String unit) {
        return (difference < 0 ? "−" : "+") + unit + Formats.integer(Math.abs(difference), locale);
    }

    /** Employment over the last twelve quarters; withheld quarters are gaps. */
    Configuration trend(SubsectorBrief brief) {
        // a line, not an area: the axis fits the data instead of starting at zero, so changes are visible
        Configuration conf = Charts.configuration(ChartType.LINE, t.text("brief.trend.title"),
                t.text("brief.trend.subtitle", brief.areaName()));
        conf.getxAxis().setCategories(brief.trend().stream().map(p -> p.quarter().label(t)).toArray(String[]::new));
        conf.getyAxis().setTitle(t.text("explorer.employment.axis"));
        ListSeries series = new ListSeries(t.text("brief.employment"));
        brief.trend().forEach(p -> series.addData(p.disclosed() ? p.employment() : null));
        PlotOptionsLine line = new PlotOptionsLine();
        line.setAnimation(false);
        line.setLineWidth(3);
        series.setPlotOptions(line);
        conf.addSeries(series);
        return conf;
    }

    /** The campaign's top employers in the subsector as bars (suppressed counts named, without a bar). */
    ChartData topEmployers(SubsectorBrief brief) {
        String placements = t.text("dashboard.goal-chart.y-axis");
        return new ChartData(ChartData.Kind.BAR, t.text("brief.campaign.top-employers"), brief.subsector().label(),
                placements, false, false, List.of(new ChartData.Series(placements, ChartData.Kind.BAR, false,
                        brief.topEmployers().stream().map(e -> new ChartData.Point(e.count() == null
                                ? e.label() + " (" + t.text("figure.suppressed") + ")" : e.label(),
                                e.count() == null ? null : e.count().doubleValue(), null)).toList())), List.of());
    }
}
