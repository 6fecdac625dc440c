package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;

/** The house style of every chart: a titled configuration without credits or legend, shown in a card. */
public final class Charts {

    private Charts() {
    }

    /** A configuration of the given type with its title and subtitle, no credits and no legend (enable as needed). */
    public static Configuration configuration(ChartType type, String title, String subtitle) {
        Configuration conf = new Configuration();
        conf.getChart().setType(type);
        conf.setTitle(title);
        conf.setSubTitle(subtitle);
        conf.getCredits().setEnabled(false);
        conf.getLegend().setEnabled(false);
        return conf;
    }

    /** A chart in a card of the chart grid; a wide card spans the whole row. */
    public static Chart card(String id, Configuration configuration, boolean wide) {
        Chart chart = new Chart();
        chart.setConfiguration(configuration);
        chart.setId(id);
        chart.addClassName(wide ? "chart-card-wide" : "chart-card");
        return chart;
    }
}
