package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;

/** A "Columns" menu that shows or hides a grid's columns; every column with a header is listed. */
public class ColumnChooser extends MenuBar {

    public ColumnChooser(Grid<?> grid, String label) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem root = addItem(VaadinIcon.TABLE.create());
        root.add(label);
        root.setAriaLabel(label);
        SubMenu menu = root.getSubMenu();
        for (Grid.Column<?> column : grid.getColumns()) {
            if (column.getHeaderText() == null) {
                continue;
            }
            MenuItem item = menu.addItem(column.getHeaderText(), click -> column.setVisible(click.getSource().isChecked()));
            item.setCheckable(true);
            item.setChecked(column.isVisible());
            item.setKeepOpen(true);
        }
    }
}
