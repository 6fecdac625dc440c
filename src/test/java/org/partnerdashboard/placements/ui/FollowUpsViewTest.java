package org.partnerdashboard.placements.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.placements.FollowUpRow;
import org.partnerdashboard.placements.RetentionOutcome;
import org.partnerdashboard.support.KaribuTest;

class FollowUpsViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void recordingAFollowUpShowsWageErrorsThenTakesItOffTheList() {
        signInAs("oai.staff");
        UI.getCurrent().navigate(FollowUpsView.class);
        Grid<FollowUpRow> grid = _get(Grid.class);
        int before = _size(grid);
        assertThat(before).isPositive();

        _clickItem(grid, 0);
        RadioButtonGroup<RetentionOutcome> outcome = _get(RadioButtonGroup.class);
        outcome.setValue(RetentionOutcome.STILL_EMPLOYED);
        BigDecimalField wage = _get(BigDecimalField.class, spec -> spec.withLabel("Current hourly wage ($)"));
        wage.setValue(new BigDecimal("3.00"));
        _click(_get(Button.class, spec -> spec.withId("save-follow-up")));
        assertThat(_find(Span.class, spec -> spec.withClasses("form-error")).getFirst().getText())
                .isEqualTo("An hourly wage must be between $7.25 and $200.00");

        wage.setValue(new BigDecimal("18.50"));
        _click(_get(Button.class, spec -> spec.withId("save-follow-up")));

        assertThat(_find(Span.class, spec -> spec.withClasses("form-error"))).isEmpty();
        assertThat(_size(grid)).isEqualTo(before - 1);
        assertThat(_get(Span.class, spec -> spec.withClasses("secondary-text")).getText()).isEqualTo((before - 1) + " due");
    }
}
