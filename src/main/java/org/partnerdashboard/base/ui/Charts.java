package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;

/** The house style of every chart: a titled configuration without credits, legend or Highcharts' export menu. */
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
        conf.getExporting().setEnabled(false);
        return conf;
    }
}
