package org.partnerdashboard.placements.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sort;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.placements.PlacementRow;
import org.partnerdashboard.support.KaribuTest;

class PlacementListViewTest extends KaribuTest {

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        signInAs("wbc.staff");
    }

    @SuppressWarnings("unchecked")
    private Grid<PlacementRow> openGrid() {
        UI.getCurrent().navigate(PlacementListView.class);
        return _get(Grid.class);
    }

    @Test
    void listsEveryPlacementLazily() {
        Grid<PlacementRow> grid = openGrid();

        assertThat(_size(grid)).isEqualTo(300);
        assertThat(grid.getDataProvider().isInMemory()).isFalse();
    }

    @Test
    void showsFormattedRowsNewestFirst() {
        Grid<PlacementRow> grid = openGrid();

        List<String> first = _getFormattedRow(grid, 0);
        assertThat(first.get(0)).matches("[A-Z][a-z]{2} \\d{1,2}, 2026");
        assertThat(first.get(2)).isIn("Bethel New Life", "Instituto del Progreso Latino",
                "Kinzie Industrial Development Corp.", "OAI Inc.", "Safer Foundation");
        assertThat(first.get(5)).matches("3\\d\\d .+");
        assertThat(first.get(6)).isIn("Direct hire", "Training", "Apprenticeship");
        assertThat(first.get(7)).matches("(\\$\\d+\\.\\d\\d)?");
    }

    @Test
    void sortsInTheDatabaseWhenAColumnIsSorted() {
        Grid<PlacementRow> grid = openGrid();

        _sort(grid, QuerySortOrder.asc("organization").build().toArray(new QuerySortOrder[0]));

        assertThat(_getFormattedRow(grid, 0).get(2)).isEqualTo("Bethel New Life");
        assertThat(_getFormattedRow(grid, 299).get(2)).isEqualTo("Safer Foundation");
    }
}
