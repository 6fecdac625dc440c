package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;

/**
 * A page's filters under a "Filters" heading that opens and closes: open on a laptop, closed on a phone, where the
 * fields would otherwise push the rows a screen and a half down. The filters still apply while it is closed.
 */
public class FilterPanel extends Details {

    public FilterPanel(Component filters) {
        super(filters.getTranslation("filter.panel"), filters);
        addClassName("filter-panel");
        setWidthFull();
        setOpened(true);
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details ->
                setOpened(details.getWindowInnerWidth() <= 0 || details.getWindowInnerWidth() >= ColumnPriority.NARROW_BELOW)));
    }
}
