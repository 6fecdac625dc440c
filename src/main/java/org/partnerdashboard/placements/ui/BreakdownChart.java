package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import java.util.List;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.base.ui.Charts;

/**
 * Builds a breakdown of placements (by organization, subsector, type) as horizontal bars. A suppressed group gets
 * no bar, and its label says "&lt;5", so the chart never shows a small group's exact size. Pure: no UI state.
 */
public final class BreakdownChart {

    private BreakdownChart() {
    }

    public static Configuration configure(List<GroupCount> groups, String title, String subtitle,
            Translation t) {
        Configuration conf = new Configuration();
        conf.getChart().setType(ChartType.BAR);
        conf.setTitle(title);
        conf.setSubTitle(subtitle);
        conf.getCredits().setEnabled(false);
        conf.getLegend().setEnabled(false);
        String suppressed = t.text("figure.suppressed");
        conf.getxAxis().setCategories(groups.stream()
                .map(g -> g.suppressed() ? g.label() + " (" + suppressed + ")" : g.label())
                .toArray(String[]::new));
        String placements = t.text("dashboard.goal-chart.y-axis");
        conf.getyAxis().setTitle(placements);
        conf.getyAxis().setAllowDecimals(false);
        conf.getyAxis().setMin(0);

        DataSeries series = new DataSeries(placements);
        for (GroupCount group : groups) {
            series.add(new DataSeriesItem(group.label(), group.count()));
        }
        Charts.addBars(conf, series, null);
        return conf;
    }
}
