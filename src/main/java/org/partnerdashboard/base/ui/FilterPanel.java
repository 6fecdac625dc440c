package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import java.util.function.Supplier;

/**
 * A page's filters under a "Filters" heading that opens and closes: open on a laptop, closed on a phone, where the
 * fields would otherwise push the rows a screen and a half down. The filters still apply while it is closed.
 */
public class FilterPanel extends Details {

    /**
     * Closed, with the fields made when it is first opened: for a page most people only read (a dashboard, whose
     * active filters show as chips beside it), so an open page does not hold fields nobody touches.
     */
    public static FilterPanel builtOnFirstOpen(Component owner, Supplier<Component> filters) {
        FilterPanel panel = new FilterPanel(owner.getTranslation("filter.panel"));
        panel.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && panel.getContent().findAny().isEmpty()) {
                panel.add(filters.get());
            }
        });
        return panel;
    }

    private FilterPanel(String summary) {
        super(summary);
        addClassName("filter-panel");
        setWidthFull();
    }

    public FilterPanel(Component filters) {
        super(filters.getTranslation("filter.panel"), filters);
        addClassName("filter-panel");
        setWidthFull();
        setOpened(true);
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details ->
                setOpened(details.getWindowInnerWidth() <= 0 || details.getWindowInnerWidth() >= ColumnPriority.NARROW_BELOW)));
    }
}
