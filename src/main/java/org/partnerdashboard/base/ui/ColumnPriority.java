package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much a grid's column matters, so a grid reads on a phone and a laptop: {@link #PHONE} columns are always shown
 * and fit a 390 px screen; {@link #LAPTOP} columns join them from {@value #NARROW_BELOW} px and, with them, fit a
 * 1366 px laptop beside the menu; {@link #MORE} columns may need a sideways scroll there. Below
 * {@value #NARROW_BELOW} px only phone columns are shown (the column chooser can still bring others back). The
 * priority is written on the column's element ({@code data-priority}) for the browser test that checks the rule.
 */
public enum ColumnPriority {
    PHONE, LAPTOP, MORE;

    /** Windows narrower than this show only {@link #PHONE} columns. */
    public static final int NARROW_BELOW = 640;

    private static final String ATTRIBUTE = "data-priority";

    /** Marks a column; returns it for chaining. */
    public <T> Grid.Column<T> of(Grid.Column<T> column) {
        column.getElement().setAttribute(ATTRIBUTE, name().toLowerCase(Locale.ROOT));
        return column;
    }

    /**
     * Hides the grid's {@link #LAPTOP} and {@link #MORE} columns while the window is narrow, and shows again only
     * those it hid (a column the user hid with the column chooser stays hidden). Call once per grid, after its
     * columns exist.
     */
    public static void adapt(Grid<?> grid) {
        Set<Grid.Column<?>> hiddenForWidth = new HashSet<>();
        Registration[] resize = new Registration[1];
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details ->
                    fit(grid, details.getWindowInnerWidth(), hiddenForWidth));
            resize[0] = ui.getPage().addBrowserWindowResizeListener(event -> fit(grid, event.getWidth(), hiddenForWidth));
        });
        grid.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
    }

    private static void fit(Grid<?> grid, int windowWidth, Set<Grid.Column<?>> hiddenForWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW_BELOW;
        List<? extends Grid.Column<?>> columns = grid.getColumns();
        for (Grid.Column<?> column : columns) {
            String priority = column.getElement().getAttribute(ATTRIBUTE);
            if (priority == null || PHONE.name().equalsIgnoreCase(priority)) {
                continue;
            }
            if (narrow && column.isVisible()) {
                column.setVisible(false);
                hiddenForWidth.add(column);
            } else if (!narrow && hiddenForWidth.remove(column)) {
                column.setVisible(true);
            }
        }
    }
}
