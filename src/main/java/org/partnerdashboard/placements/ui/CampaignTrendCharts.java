package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.partnerdashboard.base.ChartColors;
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

    /**
     * Placements per month; the current month, still under way, is labelled "so far" and drawn in grey, so its short
     * column does not read as a fall.
     */
    public static Configuration perMonth(List<MonthlyCount> months, YearMonth current, Locale locale, Translation t) {
        Configuration conf = Charts.configuration(ChartType.COLUMN, t.text("campaign.per-month.title"),
                t.text("campaign.per-month.subtitle"));
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yy", locale);
        Function<YearMonth, String> label = month -> month.equals(current)
                ? t.text("campaign.per-month.partial", format.format(month)) : format.format(month);
        conf.getxAxis().setCategories(months.stream().map(m -> label.apply(m.month())).toArray(String[]::new));
        conf.getyAxis().setTitle(t.text("dashboard.goal-chart.y-axis"));
        conf.getyAxis().setAllowDecimals(false);
        DataSeries series = new DataSeries(t.text("dashboard.goal-chart.y-axis"));
        for (MonthlyCount m : months) {
            DataSeriesItem item = new DataSeriesItem(label.apply(m.month()), m.placements());
            if (m.month().equals(current)) {
                item.setColor(new SolidColor(ChartColors.SET_ASIDE));
            }
            series.add(item);
        }
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
            series.add(new DataSeriesItem(String.valueOf(year.year()), year.median()));
        }
        Charts.addLine(conf, series, "${point.y:.2f}");
        // a label on every other year only: neighbouring labels of a dozen years would run into each other
        List<DataSeriesItem> points = series.getData();
        for (int i = points.size() - 2; i >= 0; i -= 2) {
            points.get(i).setDataLabels(new DataLabels(false));
        }
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
