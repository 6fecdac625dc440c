package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The top of a list page: its title and row count on the left, downloads and actions on the right. */
public class ListHeader extends HorizontalLayout {

    /** @param total the "1,234 rows" text the view keeps current */
    public ListHeader(String title, Span total, Component... actions) {
        total.addClassName("secondary-text");
        HorizontalLayout heading = new HorizontalLayout(new H1(title), total);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        HorizontalLayout tools = new HorizontalLayout(actions);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.setWrap(true); // on a phone the actions go below the title, never beyond the screen's edge
        add(heading, tools);
        setWidthFull();
        setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        addClassName("page-header");
    }
}
