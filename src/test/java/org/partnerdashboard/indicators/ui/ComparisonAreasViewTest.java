package org.partnerdashboard.indicators.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.transaction.annotation.Transactional;

/** Research editors follow an area to compare with; a wrong code is said beside the field. */
class ComparisonAreasViewTest extends KaribuTest {

    @Test
    @Transactional
    void anEditorFollowsAPeerMetroAndAWrongCodeIsSaidBesideItsField() {
        signInAs("research.editor");
        UI.getCurrent().navigate(ComparisonAreasView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("areas-grid"));
        assertThat(_size(grid)).as("8 of the partnership's, 2 peer metros of the demo").isEqualTo(10);
        TextField code = _get(TextField.class, spec -> spec.withId("area-code"));
        TextField name = _get(TextField.class, spec -> spec.withId("area-name"));

        code.setValue("Houston");
        _click(_get(Button.class, spec -> spec.withId("follow-area")));

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("HOUSTON is not a BLS area code: C and four digits, five digits,"
                + " or US000");
        assertThat(name.isInvalid()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withClasses("form-error")).getText()).startsWith("2 fields need attention");

        code.setValue("C2642");
        name.setValue("Houston-The Woodlands-Sugar Land, TX MSA");
        _click(_get(Button.class, spec -> spec.withId("follow-area")));

        assertThat(_size(grid)).isEqualTo(11);
        assertThat(code.isInvalid()).isFalse();
        assertThat(code.getValue()).isEmpty();
    }

    @Test
    void onlyResearchEditorsChooseTheAreas() {
        signInAs("executive");

        assertThatThrownBy(() -> UI.getCurrent().navigate(ComparisonAreasView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
