package org.partnerdashboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerdashboard.support.KaribuTest;

/** A menu entry leads to a page of the same name, for every role's menu. */
class MenuLabelsViewTest extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"wbc.staff", "kinzie.staff", "imec.staff", "research.editor", "executive", "admin"})
    void eachMenuLabelIsItsPagesTitle(String username) {
        signInAs(username);
        UI.getCurrent().navigate("");
        List<String> mismatched = new ArrayList<>();
        List<SideMenu.Item> items = _get(SideMenu.class).items();
        assertThat(items).isNotEmpty();
        for (SideMenu.Item item : items) {
            String label = item.label();
            String path = item.path();
            UI.getCurrent().navigate(path);
            String title = UI.getCurrent().getInternals().getTitle();
            String pageName = title == null ? "" : title.split(" · ")[0];
            if (!pageName.equals(label)) {
                mismatched.add(label + " → " + pageName);
            }
        }
        assertThat(mismatched).as("menu labels that differ from their page's title").isEmpty();
    }
}
