package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.PlotOptionsBar;
import java.util.List;
import java.util.function.BiFunction;
import org.partnerdashboard.base.GroupCount;

/**
 * Builds "placements by community organization" as horizontal bars. A suppressed group gets no bar, and its label
 * says "&lt;5", so the chart never shows a small group's exact size. Pure: no UI state.
 */
final class OrganizationBreakdownChart {

    private OrganizationBreakdownChart() {
    }

    static Configuration configure(List<GroupCount> groups, int year, BiFunction<String, Object[], String> t) {
        Configuration conf = new Configuration();
        conf.getChart().setType(ChartType.BAR);
        conf.setTitle(t.apply("dashboard.by-organization.title", new Object[] {String.valueOf(year)}));
        conf.setSubTitle(t.apply("dashboard.by-organization.subtitle", new Object[0]));
        conf.getCredits().setEnabled(false);
        conf.getLegend().setEnabled(false);
        conf.getxAxis().setCategories(groups.stream()
                .map(g -> g.suppressed() ? g.label() + " (" + t.apply("figure.suppressed", new Object[0]) + ")" : g.label())
                .toArray(String[]::new));
        conf.getyAxis().setTitle(t.apply("dashboard.goal-chart.y-axis", new Object[0]));
        conf.getyAxis().setAllowDecimals(false);
        conf.getyAxis().setMin(0);

        DataSeries series = new DataSeries(t.apply("dashboard.goal-chart.y-axis", new Object[0]));
        for (GroupCount group : groups) {
            DataSeriesItem item = new DataSeriesItem(group.label(), group.count());
            series.add(item);
        }
        PlotOptionsBar bars = new PlotOptionsBar();
        bars.setDataLabels(new DataLabels(true));
        series.setPlotOptions(bars);
        conf.addSeries(series);
        return conf;
    }
}
