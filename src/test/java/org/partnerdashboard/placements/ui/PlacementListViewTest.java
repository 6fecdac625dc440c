package org.partnerdashboard.placements.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sort;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.ColumnChooser;
import org.partnerdashboard.placements.PlacementRow;
import org.partnerdashboard.support.KaribuTest;

class PlacementListViewTest extends KaribuTest {

    @BeforeEach
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

        assertThat(_getFormatted(grid, 0, "startDate")).matches("[A-Z][a-z]{2} \\d{1,2}, 2026");
        assertThat(_getFormatted(grid, 0, "organization")).isIn("Bethel New Life", "Instituto del Progreso Latino",
                "Kinzie Industrial Development Corp.", "OAI Inc.", "Safer Foundation");
        assertThat(_getFormatted(grid, 0, "naicsCode")).matches("3\\d\\d .+");
        assertThat(_getFormatted(grid, 0, "placementType")).isIn("Direct hire", "Training", "Apprenticeship");
        assertThat(_getFormatted(grid, 0, "hourlyWage")).matches("(\\$\\d+\\.\\d\\d)?");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filteringBySubsectorNarrowsRowsAndFooter() {
        Grid<PlacementRow> grid = openGrid();
        ComboBox<Subsector> subsector = _get(ComboBox.class, spec -> spec.withLabel("Subsector"));

        subsector.setValue(subsector.getListDataView().getItems().filter(s -> s.code().equals("311")).findFirst().orElseThrow());

        int size = _size(grid);
        assertThat(size).isPositive().isLessThan(300);
        for (int i = 0; i < size; i++) {
            assertThat(_getFormatted(grid, i, "naicsCode")).startsWith("311 Food Manufacturing");
        }
        assertThat(grid.getFooterRows().getFirst().getCell(grid.getColumnByKey("startDate")).getText())
                .isEqualTo(size + " placements");
        assertThat(_get(Span.class, spec -> spec.withClasses("secondary-text")).getText()).isEqualTo(size + " placements");
    }

    @Test
    @SuppressWarnings("unchecked")
    void opensWithTheFiltersOfASharedLink() {
        UI.getCurrent().navigate("placements", QueryParameters.fromString("type=TRAINING&q=bakery"));
        Grid<PlacementRow> grid = _get(Grid.class);

        assertThat(_get(TextField.class, spec -> spec.withLabel("Search")).getValue()).isEqualTo("bakery");
        assertThat(_size(grid)).isPositive();
        for (int i = 0; i < _size(grid); i++) {
            assertThat(_getFormatted(grid, i, "placementType")).isEqualTo("Training");
            assertThat(_getFormatted(grid, i, "employer")).containsIgnoringCase("bakery");
        }

        _click(_get(Button.class, spec -> spec.withId("clear-filters")));
        assertThat(_size(grid)).isEqualTo(300);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWageRangeWithNoMatchesShowsAnEmptyGridAndZeroTotals() {
        Grid<PlacementRow> grid = openGrid();

        _get(BigDecimalField.class, spec -> spec.withLabel("Wage from ($)")).setValue(new BigDecimal("150"));

        assertThat(_size(grid)).isZero();
        assertThat(grid.getFooterRows().getFirst().getCell(grid.getColumnByKey("startDate")).getText())
                .isEqualTo("0 placements");
    }

    @Test
    void theColumnChooserHidesAndShowsColumns() {
        Grid<?> grid = openGrid();
        assertThat(grid.getColumnByKey("jobTitle").isVisible()).isTrue();

        grid.getColumnByKey("jobTitle").setVisible(false);

        assertThat(grid.getColumns().stream().filter(Grid.Column::isVisible).count()).isEqualTo(9);
        _get(ColumnChooser.class);
    }

    @Test
    void sortsInTheDatabaseWhenAColumnIsSorted() {
        Grid<PlacementRow> grid = openGrid();

        _sort(grid, QuerySortOrder.asc("organization").build().toArray(new QuerySortOrder[0]));

        assertThat(_getFormatted(grid, 0, "organization")).isEqualTo("Bethel New Life");
        assertThat(_getFormatted(grid, 299, "organization")).isEqualTo("Safer Foundation");
    }
}
