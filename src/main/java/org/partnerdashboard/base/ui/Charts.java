package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.ChartOptions;
import com.vaadin.flow.component.charts.model.AbstractPlotOptions;
import com.vaadin.flow.component.charts.model.AbstractSeries;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.Lang;
import com.vaadin.flow.component.charts.model.PlotOptionsBar;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.Series;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import com.vaadin.flow.component.charts.model.style.Style;
import com.vaadin.flow.internal.JacksonUtils;
import java.text.DecimalFormatSymbols;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.partnerdashboard.base.ChartColors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The house style of every chart: a titled configuration without credits, legend or Highcharts' export menu. */
public final class Charts {

    private static final Set<ChartType> MEASURED_FROM_ZERO = Set.of(ChartType.BAR, ChartType.COLUMN, ChartType.LINE,
            ChartType.AREA);

    /** The class of a {@link #withheldPoint}. */
    public static final String WITHHELD = "withheld";

    private Charts() {
    }

    /**
     * A configuration of the given type with its title and subtitle, no credits and no legend (enable as needed).
     * Bars, columns, lines and areas measure from zero (a value axis that starts at 29,000 makes a 2% dip look like
     * a collapse); negative values still show.
     */
    public static Configuration configuration(ChartType type, String title, String subtitle) {
        Configuration conf = new Configuration();
        conf.getChart().setType(type);
        conf.setTitle(title);
        conf.setSubTitle(subtitle);
        conf.getCredits().setEnabled(false);
        conf.getLegend().setEnabled(false);
        conf.getExporting().setEnabled(false);
        if (MEASURED_FROM_ZERO.contains(type)) {
            conf.getyAxis().setSoftMin(0);
        }
        return conf;
    }

    /** Adds the series as bars with their values written at the bars' ends ({@code format} null: the plain value). */
    public static void addBars(Configuration conf, Series series, String format) {
        PlotOptionsBar bars = new PlotOptionsBar();
        bars.setDataLabels(labels(format));
        add(conf, series, bars);
    }

    /** Adds the series as columns with their values written over them ({@code format} null: the plain value). */
    public static void addColumns(Configuration conf, Series series, String format) {
        PlotOptionsColumn columns = new PlotOptionsColumn();
        columns.setDataLabels(labels(format));
        add(conf, series, columns);
    }

    /** Adds the series as a line with each point's value written beside it ({@code format} null: the plain value). */
    public static void addLine(Configuration conf, Series series, String format) {
        PlotOptionsLine line = new PlotOptionsLine();
        line.setDataLabels(labels(format));
        add(conf, series, line);
    }

    /**
     * A point whose value may not be shown: no bar, and the text (e.g. "&lt;5") where the value would be written.
     * Exports read it as withheld (a point of this class has no value).
     */
    public static DataSeriesItem withheldPoint(String name, String text) {
        DataSeriesItem item = new DataSeriesItem(name, 0);
        item.setClassName(WITHHELD);
        DataLabels label = new DataLabels(true);
        label.setFormat(text.replace("<", "&lt;")); // Highcharts reads the format as markup
        label.setStyle(new Style());
        label.getStyle().setColor(new SolidColor(ChartColors.SET_ASIDE));
        item.setDataLabels(label);
        return item;
    }

    private static DataLabels labels(String format) {
        DataLabels labels = new DataLabels(true);
        if (format != null) {
            labels.setFormat(format);
        }
        return labels;
    }

    private static void add(Configuration conf, Series series, AbstractPlotOptions options) {
        if (series instanceof AbstractSeries plotted) {
            plotted.setPlotOptions(options);
        }
        conf.addSeries(series);
    }

    /**
     * A chart as shown in this app: the accessible series colours ({@link ChartColors}), given to the chart element as
     * extra Highcharts options since Vaadin's Java configuration has no palette of its own; and, once per UI, month
     * and day names and number separators in the UI's language.
     */
    public static Chart forScreen(Chart chart) {
        ArrayNode colours = JacksonUtils.createArrayNode();
        ChartColors.PALETTE.forEach(colours::add);
        ObjectNode options = JacksonUtils.createObjectNode();
        options.set("colors", colours);
        chart.getElement().setPropertyJson("additionalOptions", options);
        UI ui = UI.getCurrent();
        if (ui != null && ChartOptions.get(ui).getLang() == null) {
            ChartOptions.get(ui).setLang(lang(ui.getLocale(), chart::getTranslation));
        }
        return chart;
    }

    private static Lang lang(Locale locale, Function<String, String> t) {
        Lang lang = new AccessibleLang(locale);
        lang.setMonths(Localized.monthNames(TextStyle.FULL_STANDALONE, locale).toArray(String[]::new));
        lang.setShortMonths(Localized.monthNames(TextStyle.SHORT_STANDALONE, locale).stream()
                .map(m -> m.replace(".", "")).toArray(String[]::new));
        lang.setWeekdays(Localized.weekdaysFromSunday(TextStyle.FULL_STANDALONE, locale).toArray(String[]::new));
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        lang.setDecimalPoint(String.valueOf(symbols.getDecimalSeparator()));
        lang.setThousandsSep(String.valueOf(symbols.getGroupingSeparator()));
        lang.setNoData(t.apply("chart.no-data"));
        return lang;
    }

    /** Highcharts' language options with what it says to screen readers, which Vaadin's {@link Lang} lacks. */
    static final class AccessibleLang extends Lang {

        // serialized like Lang's own fields (Vaadin's chart serialization reads fields)
        private final Map<String, Object> accessibility;

        AccessibleLang(Locale locale) {
            accessibility = nested(Translations.withPrefix("highcharts.", locale));
        }

        /** "chartTypes.barSingle" → {chartTypes: {barSingle: …}}. */
        @SuppressWarnings("unchecked")
        private static Map<String, Object> nested(Map<String, String> flat) {
            Map<String, Object> root = new LinkedHashMap<>();
            flat.forEach((path, text) -> {
                String[] parts = path.split("\\.");
                Map<String, Object> level = root;
                for (int i = 0; i < parts.length - 1; i++) {
                    level = (Map<String, Object>) level.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
                }
                level.put(parts[parts.length - 1], text);
            });
            return root;
        }
    }
}
