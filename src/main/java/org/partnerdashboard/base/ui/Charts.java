package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.ChartOptions;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.Lang;
import com.vaadin.flow.internal.JacksonUtils;
import java.text.DecimalFormatSymbols;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
