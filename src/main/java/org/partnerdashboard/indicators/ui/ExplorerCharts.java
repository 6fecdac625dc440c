package org.partnerdashboard.indicators.ui;

import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerdashboard.base.ChartColors;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.indicators.Measure;
import org.partnerdashboard.indicators.MetroComparison;
import org.partnerdashboard.indicators.Quarter;

/** Builds the subsector explorer's charts from the rows it shows. Pure: no UI state. */
public final class ExplorerCharts {

    private ExplorerCharts() {
    }

    /** A line per industry and area over the quarters; withheld quarters are gaps, never zero. */
    static Configuration trend(List<ExplorerRow> rows, List<Quarter> quarters, Measure measure, String title,
            String axis, Translation t) {
        Configuration conf = Charts.configuration(ChartType.LINE, title, t.text("explorer.source-note"));
        conf.getxAxis().setCategories(quarters.stream().map(q -> q.label(t)).toArray(String[]::new));
        conf.getyAxis().setTitle(axis);
        conf.getLegend().setEnabled(true);
        Map<String, Map<Quarter, Integer>> lines = new LinkedHashMap<>();
        for (ExplorerRow row : rows) {
            lines.computeIfAbsent(row.industryLabel() + " · " + row.areaLabel(), k -> new LinkedHashMap<>())
                    .put(row.point().quarter(), measure.of(row.point()));
        }
        lines.forEach((name, values) -> {
            ListSeries series = new ListSeries(name);
            quarters.forEach(q -> series.addData(values.get(q)));
            conf.addSeries(series);
        });
        PlotOptionsLine options = new PlotOptionsLine();
        options.setConnectNulls(false);
        conf.setPlotOptions(options);
        return conf;
    }

    /** Over-the-year change of employment in the latest quarter, one bar per industry and area. */
    static Configuration overTheYear(List<ExplorerRow> latest, Quarter quarter, Translation t) {
        Configuration conf = Charts.configuration(ChartType.BAR, t.text("explorer.oty.title", quarter.label(t)),
                t.text("explorer.oty.subtitle", quarter.yearBefore().label(t)));
        List<ExplorerRow> known = latest.stream().filter(r -> r.employmentChangePercent() != null).toList();
        conf.getxAxis().setCategories(known.stream().map(r -> r.industryLabel() + " · " + r.areaLabel())
                .toArray(String[]::new));
        conf.getyAxis().setTitle(t.text("explorer.oty.axis"));
        DataSeries series = new DataSeries(t.text("explorer.oty.axis"));
        known.forEach(r -> {
            DataSeriesItem item = new DataSeriesItem(r.industryLabel(), Math.round(r.employmentChangePercent() * 10) / 10.0);
            item.setColor(r.employmentChangePercent() < 0 ? new SolidColor(ChartColors.BAD)
                    : new SolidColor(ChartColors.GOOD));
            series.add(item);
        });
        Charts.addBars(conf, series, "{point.y:+.1f}%");
        return conf;
    }

    /**
     * BLS's employment location quotients of one industry across metro areas, highest first, the partnership's metro
     * area in its own colour; the subtitle gives its rank, or says it has no BLS figures that quarter.
     */
    static Configuration metros(MetroComparison comparison, String industry, Map<String, String> areaLabels,
            String homeMetro, Translation t) {
        int rank = comparison.rankOf(homeMetro);
        List<IndicatorPoint> ranked = comparison.ranked();
        Configuration conf = Charts.configuration(ChartType.BAR, t.text("explorer.metros.title", industry),
                comparison.quarter().label(t) + " · " + (rank > 0
                        ? t.text("explorer.metros.rank", rank, ranked.size())
                        : t.text("explorer.metros.no-home", areaLabels.get(homeMetro))));
        conf.getxAxis().setCategories(ranked.stream().map(p -> areaLabels.get(p.areaFips())).toArray(String[]::new));
        conf.getyAxis().setTitle(t.text("explorer.metros.axis"));
        DataSeries series = new DataSeries(t.text("explorer.metros.axis"));
        ranked.forEach(p -> {
            DataSeriesItem item = new DataSeriesItem(areaLabels.get(p.areaFips()), p.official().employmentQuotient());
            if (p.areaFips().equals(homeMetro)) {
                item.setColor(new SolidColor(ChartColors.GOOD));
            }
            series.add(item);
        });
        Charts.addBars(conf, series, "{point.y:.2f}");
        return conf;
    }

    /** Each subsector's share of the area's manufacturing employment (31-33) in the quarter. */
    static Configuration shares(Map<String, Double> sharePercentByLabel, String area, Quarter quarter,
            Translation t) {
        Configuration conf = Charts.configuration(ChartType.BAR, t.text("explorer.share.title", area),
                t.text("explorer.share.subtitle", quarter.label(t)));
        conf.getxAxis().setCategories(sharePercentByLabel.keySet().toArray(String[]::new));
        conf.getyAxis().setTitle(t.text("explorer.share.axis"));
        conf.getyAxis().setMin(0);
        DataSeries series = new DataSeries(t.text("explorer.share.axis"));
        sharePercentByLabel.forEach((label, share) -> series.add(new DataSeriesItem(label,
                Math.round(share * 10) / 10.0)));
        Charts.addBars(conf, series, "{point.y:.1f}%");
        return conf;
    }
}
