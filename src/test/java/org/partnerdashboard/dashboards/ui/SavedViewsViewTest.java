package org.partnerdashboard.dashboards.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.dashboards.SavedViewRow;
import org.partnerdashboard.dashboards.SavedViewService;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Saving the current view by name, pinning it as the start page, and the start page opening it. */
class SavedViewsViewTest extends KaribuTest {

    @Autowired
    SavedViewService views;

    private List<String> chips() {
        return _find(_get(Div.class, spec -> spec.withId("active-filters")), Span.class,
                spec -> spec.withClasses("filter-chip")).stream().map(s -> s.getElement().getTextRecursively()).toList();
    }

    @Test
    @Transactional
    @SuppressWarnings("unchecked")
    void aSavedAndPinnedViewIsTheStartPage() {
        signInAs("research.editor");
        UI.getCurrent().navigate("", QueryParameters.fromString("county=17043&subsector=333"));

        _click(_get(Button.class, spec -> spec.withId("save-view")));
        _get(TextArea.class, spec -> spec.withId("prompt-text")).setValue("DuPage machinery");
        _click(_get(Button.class, spec -> spec.withId("prompt-confirm")));
        Select<SavedViewRow> saved = _get(Select.class, spec -> spec.withId("saved-views"));
        assertThat(saved.getListDataView().getItems().map(SavedViewRow::name)).containsExactly("DuPage machinery");

        saved.setValue(saved.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("pin-view")));
        assertThat(views.pinned()).map(SavedViewRow::query).hasValueSatisfying(q ->
                assertThat(QueryParameters.fromString(q).getParameters()).isEqualTo(
                        QueryParameters.fromString("county=17043&subsector=333").getParameters()));

        UI.getCurrent().navigate("");
        assertThat(chips()).containsExactly("DuPage County, IL", "333 Machinery Manufacturing");
    }

    @Test
    @Transactional
    void namesAreRequiredAndUniquePerUser() {
        signInAs("executive");
        views.save("Cook", "county=17031");

        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("save-view")));
        _get(TextArea.class, spec -> spec.withId("prompt-text")).setValue("cook ");
        _click(_get(Button.class, spec -> spec.withId("prompt-confirm")));

        assertThat(_find(Span.class, spec -> spec.withClasses("form-error")).getLast().getText())
                .isEqualTo("You already have a view named cook");
    }
}
