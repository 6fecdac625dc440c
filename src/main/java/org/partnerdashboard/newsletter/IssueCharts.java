package org.partnerdashboard.newsletter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.dashboards.SubsectorBrief;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.indicators.IndicatorPoint;

/** The charts an issue carries, by the name their image goes by: each brief's employment over three years. */
final class IssueCharts {

    private IssueCharts() {
    }

    static String name(int briefIndex) {
        return "brief-" + (briefIndex + 1);
    }

    static Map<String, ChartData> of(IssueContent content, Translation t) {
        Map<String, ChartData> charts = new LinkedHashMap<>();
        for (int i = 0; i < content.briefs().size(); i++) {
            charts.put(name(i), trend(content.briefs().get(i), t));
        }
        return charts;
    }

    /** Withheld quarters are gaps, as on the brief's page. */
    static ChartData trend(SubsectorBrief brief, Translation t) {
        String employment = t.text("brief.employment");
        List<ChartData.Point> points = brief.trend().stream().map(p -> new ChartData.Point(p.quarter().label(t),
                value(p), null)).toList();
        return new ChartData(ChartData.Kind.LINE, t.text("brief.trend.title"), brief.subsector().label() + " · "
                + t.text("brief.trend.subtitle", brief.areaName()), t.text("explorer.employment.axis"), false, false,
                List.of(new ChartData.Series(employment, ChartData.Kind.LINE, false, points)), List.of());
    }

    private static Double value(IndicatorPoint point) {
        return point.disclosed() && point.employment() != null ? point.employment().doubleValue() : null;
    }
}
