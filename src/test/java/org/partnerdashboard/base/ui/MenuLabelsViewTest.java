package org.partnerdashboard.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
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
        List<SideNavItem> items = _find(SideNavItem.class);
        assertThat(items).isNotEmpty();
        for (SideNavItem item : items.stream().map(i -> i).toList()) {
            String label = item.getLabel();
            String path = item.getPath();
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
