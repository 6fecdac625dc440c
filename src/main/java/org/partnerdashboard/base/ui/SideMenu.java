package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Entities;

/**
 * The side menu as one element: Vaadin's side navigation written as markup ({@code <vaadin-side-nav>} with its items
 * and icons), which the browser's web components bring to life as they do for {@link SideNav}; navigation, the
 * current item and keyboard use are theirs either way. Built with components it took five state nodes per item, the
 * largest part of every open page's server memory (docs/performance.md); as markup it is one element whose content
 * is the same string for everyone who sees the same menu in the same language, made once and shared.
 */
@Tag("vaadin-side-nav")
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
public class SideMenu extends Component {

    /** One menu item: its words, the route's path (no leading slash) and an icon such as "vaadin:chart", or null. */
    public record Item(String label, String path, String icon) {
    }

    private record Markup(String html, List<Item> items) {
    }

    private static final Map<List<Object>, Markup> SHARED = new ConcurrentHashMap<>();

    private final List<Item> items;

    public SideMenu(String label, List<Item> items) {
        Markup markup = SHARED.computeIfAbsent(List.of(label, items), key -> markup(label, items));
        this.items = markup.items();
        getElement().setProperty("innerHTML", markup.html());
    }

    /** The items, in menu order. */
    public List<Item> items() {
        return items;
    }

    private static Markup markup(String label, List<Item> items) {
        StringBuilder html = new StringBuilder("<span slot=\"label\">").append(Entities.escape(label)).append("</span>");
        for (Item item : items) {
            html.append("<vaadin-side-nav-item path=\"").append(Entities.escape(item.path())).append("\">")
                    .append(Entities.escape(item.label()));
            if (item.icon() != null) {
                html.append("<vaadin-icon icon=\"").append(Entities.escape(item.icon())).append("\" slot=\"prefix\">")
                        .append("</vaadin-icon>");
            }
            html.append("</vaadin-side-nav-item>");
        }
        return new Markup(html.toString(), List.copyOf(items));
    }
}
