package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.ListSeries;
import java.util.List;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.placements.CohortOutcome;

/** Retention by cohort: one line per milestone (30, 90, 180 days), one point per quarter. Pure: no UI state. */
final class CohortCharts {

    private CohortCharts() {
    }

    static Configuration retention(List<CohortOutcome> cohorts, Translation t) {
        Configuration conf = Charts.configuration(ChartType.LINE, t.text("outcomes.retention-chart.title"),
                t.text("outcomes.retention-chart.subtitle"));
        conf.getxAxis().setCategories(cohorts.stream().map(CohortOutcome::label).toArray(String[]::new));
        conf.getyAxis().setTitle(t.text("campaign.retention.y-axis"));
        conf.getyAxis().setMin(0);
        conf.getyAxis().setMax(100);
        conf.getLegend().setEnabled(true);
        for (int milestone : new int[] {30, 90, 180}) {
            ListSeries line = new ListSeries(t.text("outcomes.retention-at", milestone));
            cohorts.forEach(c -> {
                Double percent = c.retentionPercent(milestone);
                line.addData(percent == null ? null : Math.round(percent * 10) / 10.0);
            });
            Charts.addLine(conf, line, "{point.y:.1f}%");
        }
        return conf;
    }
}
