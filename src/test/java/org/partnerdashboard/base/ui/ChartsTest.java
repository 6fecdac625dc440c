package org.partnerdashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.charts.util.ChartSerialization;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.Languages;

class ChartsTest {

    @Test
    void highchartsTellsScreenReadersAboutChartsInTheUsersLanguage() {
        String spanish = ChartSerialization.toJSON(new Charts.AccessibleLang(Languages.SPANISH));

        assertThat(spanish).contains("\"accessibility\":{")
                .contains("\"chartTypes\":{").contains("\"barSingle\":\"Gráfico de barras con {numPoints} "
                        + "{#eq numPoints 1}barra{else}barras{/eq}.\"")
                .contains("\"svgContainerLabel\":\"Gráfico interactivo\"");
        assertThat(ChartSerialization.toJSON(new Charts.AccessibleLang(Languages.ENGLISH)))
                .contains("\"svgContainerLabel\":\"Interactive chart\"");
    }
}
