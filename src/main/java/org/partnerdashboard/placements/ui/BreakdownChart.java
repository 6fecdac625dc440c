package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import java.util.List;
import org.partnerdashboard.base.FigureAccuracy;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.base.ui.Charts;

/**
 * Builds a breakdown of placements (by organization, subsector, type) as horizontal bars. A group too small to show
 * (withheld, or rounded to 0 although it holds people: 1 to 4 of them) gets no bar and "&lt;5" where its value would
 * be, so it never reads as zero; exports see it as withheld ({@link Charts#withheldPoint}). Pure: no UI state.
 */
public final class BreakdownChart {

    private BreakdownChart() {
    }

    public static Configuration configure(List<GroupCount> groups, String title, String subtitle,
            Translation t) {
        Configuration conf = Charts.configuration(ChartType.BAR, title, subtitle);
        conf.getxAxis().setCategories(groups.stream().map(GroupCount::label).toArray(String[]::new));
        String placements = t.text("dashboard.goal-chart.y-axis");
        conf.getyAxis().setTitle(placements);
        conf.getyAxis().setAllowDecimals(false);
        conf.getyAxis().setMin(0);

        DataSeries series = new DataSeries(placements);
        String suppressed = t.text("figure.suppressed");
        for (GroupCount group : groups) {
            series.add(tooSmall(group) ? Charts.withheldPoint(group.label(), suppressed)
                    : new DataSeriesItem(group.label(), group.count()));
        }
        Charts.addBars(conf, series, null);
        return conf;
    }

    /** The subtitle that says what a viewer with this accuracy sees, after what the chart covers (may be empty). */
    public static String subtitle(String covers, FigureAccuracy accuracy, Translation t) {
        String note = t.text("figures.accuracy." + accuracy);
        return covers == null || covers.isEmpty() ? note : covers + " · " + note;
    }

    /** A listed group always holds someone, so a count of 0 can only be a rounded 1 to 4. */
    static boolean tooSmall(GroupCount group) {
        return group.suppressed() || group.count() == 0;
    }
}
