package org.partnerdashboard.indicators.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.AreaName;
import org.partnerdashboard.indicators.ManualMeasure;
import org.partnerdashboard.indicators.Quarter;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.transaction.annotation.Transactional;

/** A research editor enters job openings; the subsector brief shows them beside the QCEW figures. */
class ManualIndicatorViewTest extends KaribuTest {

    @Test
    @Transactional
    @SuppressWarnings("unchecked")
    void jobOpeningsEnteredHereAppearInTheBrief() {
        signInAs("research.editor");
        UI.getCurrent().navigate(ManualIndicatorView.class);
        int before = _size(_get(Grid.class));
        _get(ComboBox.class, spec -> spec.withLabel("Industry")).setValue("332");
        ComboBox<AreaName> area = _get(ComboBox.class, spec -> spec.withLabel("Area"));
        area.setValue(area.getListDataView().getItems().filter(a -> a.fips().equals("17031")).findFirst().orElseThrow());
        _get(ComboBox.class, spec -> spec.withLabel("Quarter")).setValue(new Quarter(2025, 4));
        _get(ComboBox.class, spec -> spec.withLabel("Measure")).setValue(ManualMeasure.JOB_OPENINGS);
        _get(BigDecimalField.class, spec -> spec.withLabel("Value")).setValue(new BigDecimal("1310"));
        _click(_get(Button.class, spec -> spec.withId("save-manual")));
        assertThat(_find(Span.class, spec -> spec.withClasses("form-error")).getFirst().getText())
                .isEqualTo("Source is required");

        _get(TextField.class, spec -> spec.withLabel("Source")).setValue("Lightcast job postings");
        _click(_get(Button.class, spec -> spec.withId("save-manual")));
        assertThat(_size(_get(Grid.class))).isEqualTo(before + 1);

        UI.getCurrent().navigate("brief/332", QueryParameters.fromString("area=17031"));
        assertThat(_find(Span.class, spec -> spec.withClasses("brief-label")).stream().map(Span::getText))
                .contains("Job openings");
        assertThat(_find(Span.class, spec -> spec.withClasses("brief-value")).stream().map(Span::getText))
                .contains("1,310");
    }
}
