package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.internal.JacksonUtils;
import org.partnerdashboard.base.ChartColors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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

    /**
     * The accessible series colours ({@link ChartColors}) for a chart on screen: given to the chart element as extra
     * Highcharts options, since Vaadin's Java configuration has no palette of its own.
     */
    public static Chart withPalette(Chart chart) {
        ArrayNode colours = JacksonUtils.createArrayNode();
        ChartColors.PALETTE.forEach(colours::add);
        ObjectNode options = JacksonUtils.createObjectNode();
        options.set("colors", colours);
        chart.getElement().setPropertyJson("additionalOptions", options);
        return chart;
    }
}
