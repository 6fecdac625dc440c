package org.partnerdashboard.placements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.GroupCount;

class BreakdownChartTest {

    @Test
    void aSuppressedGroupHasNoBarAndSaysLessThanFive() {
        Configuration conf = BreakdownChart.configure(List.of(
                new GroupCount("4", "Bethel New Life", null),
                new GroupCount("5", "Instituto del Progreso Latino", 12L)), "By organization", "2026",
                (key, args) -> key.equals("figure.suppressed") ? "<5" : key);

        assertThat(conf.getxAxis().getCategories()).containsExactly("Bethel New Life (<5)", "Instituto del Progreso Latino");
        DataSeries series = (DataSeries) conf.getSeries().getFirst();
        assertThat(series.getData().get(0).getY()).isNull();
        assertThat(series.getData().get(1).getY()).isEqualTo(12L);
        assertThat(conf.getTitle().getText()).isEqualTo("By organization");
    }
}
