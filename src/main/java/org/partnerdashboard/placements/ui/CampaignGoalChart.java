package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.charts.model.AxisType;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DashStyle;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.IntervalUnit;
import com.vaadin.flow.component.charts.model.Label;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.Marker;
import com.vaadin.flow.component.charts.model.PlotLine;
import com.vaadin.flow.component.charts.model.PlotOptionsArea;
import com.vaadin.flow.component.charts.model.PlotOptionsArearange;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.Tooltip;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.placements.CampaignProgress;
import org.partnerdashboard.placements.GoalProjection;

/** Builds the "cumulative placements against the goal" chart from the campaign's progress. Pure: no UI state. */
public final class CampaignGoalChart {

    private CampaignGoalChart() {
    }

    /** @param t translates a message key with arguments (the view's getTranslation) */
    public static Configuration configure(CampaignProgress progress, Translation t) {
        return configure(progress, null, t);
    }

    /**
     * @param scope the part of the campaign shown ("Safer Foundation"), or null for all of it: the subtitle then says
     *              that the goal line and the even pace are the whole campaign's
     */
    public static Configuration configure(CampaignProgress progress, String scope, Translation t) {
        Configuration conf = new Configuration();
        conf.getChart().setType(ChartType.AREA);
        conf.setTitle(t.text("dashboard.goal-chart.title"));
        conf.setSubTitle(scope == null ? t.text("dashboard.goal-chart.subtitle", progress.goal())
                : t.text("dashboard.goal-chart.subtitle-part", progress.goal(), scope));
        conf.getCredits().setEnabled(false);

        XAxis x = conf.getxAxis();
        x.setType(AxisType.DATETIME);

        YAxis y = conf.getyAxis();
        y.setTitle(t.text("dashboard.goal-chart.y-axis"));
        y.setMin(0);
        y.setMax(Math.max(progress.goal(), progress.placementsToDate()) * 1.08);
        PlotLine goal = new PlotLine();
        goal.setValue(progress.goal());
        goal.setLabel(new Label(t.text("dashboard.goal-chart.goal-line", progress.goal())));
        goal.setWidth(2);
        goal.setDashStyle(DashStyle.SHORTDASH);
        goal.setClassName("goal-line");
        y.addPlotLine(goal);

        // plain numbers from the first month on, one per month: a point object per month would weigh on every open UI
        ListSeries actual = new ListSeries(t.text("dashboard.goal-chart.actual"));
        ListSeries pace = new ListSeries(t.text("dashboard.goal-chart.pace"));
        for (CampaignProgress.Point point : progress.points()) {
            if (point.cumulative() != null) {
                actual.addData(point.cumulative());
            }
            pace.addData(Math.round(point.goalPace()));
        }
        Instant start = startOf(progress.points().getFirst().month());
        PlotOptionsArea area = new PlotOptionsArea();
        area.setMarker(new Marker(false));
        area.setPointStart(start);
        area.setPointIntervalUnit(IntervalUnit.MONTH);
        actual.setPlotOptions(area);
        PlotOptionsLine line = new PlotOptionsLine();
        line.setDashStyle(DashStyle.DASH);
        line.setMarker(new Marker(false));
        line.setPointStart(start);
        line.setPointIntervalUnit(IntervalUnit.MONTH);
        pace.setPlotOptions(line);
        conf.addSeries(actual);
        conf.addSeries(pace);

        Tooltip tooltip = new Tooltip();
        tooltip.setShared(true);
        tooltip.setXDateFormat("%B %Y");
        conf.setTooltip(tooltip);
        return conf;
    }

    /**
     * Adds the projection to the goal chart: from this month, a band between where the slower and the faster of
     * the recent rates would carry the count (up to the goal, within the campaign's months).
     */
    public static Configuration withProjection(Configuration conf, CampaignProgress progress,
            GoalProjection projection, YearMonth currentMonth, Translation t) {
        if (projection.reached() || projection.fasterRate() <= 0) {
            return conf;
        }
        YearMonth last = progress.points().getLast().month();
        DataSeries band = new DataSeries(t.text("pacing.projection-band"));
        for (YearMonth month = currentMonth; !month.isAfter(last); month = month.plusMonths(1)) {
            long k = ChronoUnit.MONTHS.between(currentMonth, month);
            double low = Math.min(projection.goal(), projection.toDate() + projection.slowerRate() * k);
            double high = Math.min(projection.goal(), projection.toDate() + projection.fasterRate() * k);
            band.add(new DataSeriesItem(startOf(month), Math.round(low), Math.round(high)));
            if (low >= projection.goal()) {
                break;
            }
        }
        PlotOptionsArearange options = new PlotOptionsArearange();
        options.setFillOpacity(0.25);
        options.setLineWidth(1);
        options.setClassName("projection-band");
        band.setPlotOptions(options);
        conf.addSeries(band);
        return conf;
    }

    private static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
