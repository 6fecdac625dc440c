package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.placements.MedianWage;
import org.partnerdashboard.placements.MonthlyCount;
import org.partnerdashboard.placements.RetentionRate;

/** Builds the campaign's trend charts: placements per month, median starting wage, retention. Pure functions. */
public final class CampaignTrendCharts {

    private CampaignTrendCharts() {
    }

    public static Configuration perMonth(List<MonthlyCount> months, Locale locale, Translation t) {
        Configuration conf = Charts.configuration(ChartType.COLUMN, t.text("campaign.per-month.title"),
                t.text("campaign.per-month.subtitle"));
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yy", locale);
        conf.getxAxis().setCategories(months.stream().map(m -> label.format(m.month())).toArray(String[]::new));
        conf.getyAxis().setTitle(t.text("dashboard.goal-chart.y-axis"));
        conf.getyAxis().setAllowDecimals(false);
        DataSeries series = new DataSeries(t.text("dashboard.goal-chart.y-axis"));
        months.forEach(m -> series.add(new DataSeriesItem(label.format(m.month()), m.placements())));
        Charts.addColumns(conf, series, null);
        return conf;
    }

    public static Configuration medianWage(List<MedianWage> years, Locale locale, Translation t) {
        Configuration conf = Charts.configuration(ChartType.LINE, t.text("campaign.median-wage.title"),
                t.text("campaign.median-wage.subtitle"));
        conf.getxAxis().setCategories(years.stream().map(y -> String.valueOf(y.year())).toArray(String[]::new));
        conf.getyAxis().setTitle(t.text("campaign.median-wage.y-axis"));
        DataSeries series = new DataSeries(t.text("campaign.median-wage.series"));
        for (MedianWage year : years) {
            DataSeriesItem item = new DataSeriesItem(String.valueOf(year.year()), year.median());
            series.add(item);
        }
        Charts.addLine(conf, series, "${point.y:.2f}");
        return conf;
    }

    public static Configuration retention(List<RetentionRate> rates, Translation t) {
        Configuration conf = Charts.configuration(ChartType.COLUMN, t.text("campaign.retention.title"),
                t.text("campaign.retention.subtitle"));
        conf.getxAxis().setCategories(rates.stream().map(r -> r.percent() == null
                ? t.text("campaign.retention.category-suppressed", r.milestoneDays())
                : t.text("campaign.retention.category", r.milestoneDays(), Formats.integer(r.known(), Locale.US)))
                .toArray(String[]::new));
        conf.getyAxis().setTitle(t.text("campaign.retention.y-axis"));
        conf.getyAxis().setMin(0);
        conf.getyAxis().setMax(100);
        DataSeries series = new DataSeries(t.text("campaign.retention.series"));
        rates.forEach(r -> series.add(new DataSeriesItem(String.valueOf(r.milestoneDays()),
                r.percent() == null ? null : Math.round(r.percent() * 10) / 10.0)));
        Charts.addColumns(conf, series, "{point.y:.1f}%");
        return conf;
    }
}
