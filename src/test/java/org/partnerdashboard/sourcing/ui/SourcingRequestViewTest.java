package org.partnerdashboard.sourcing.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.Series;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.TextPromptDialog;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.exports.ChartDataReader;
import org.partnerdashboard.sourcing.BuyerChoice;
import org.partnerdashboard.sourcing.MatchRow;
import org.partnerdashboard.sourcing.ScoutedSupplier;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Recording a request, scouting it and moving a supplier along, as Supply Chain Center staff. */
class SourcingRequestViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private String error() {
        return _find(Span.class, spec -> spec.withClasses("form-error")).getFirst().getText();
    }

    @Test
    @Transactional
    @SuppressWarnings("unchecked")
    void staffRecordARequestScoutItAndIntroduceTheBestSupplier() {
        signInAs("ima.staff");
        UI.getCurrent().navigate(SourcingRequestView.class, "new");
        ComboBox<BuyerChoice> buyer = _get(ComboBox.class, spec -> spec.withLabel("Buyer"));
        buyer.setValue(buyer.getLazyDataView().getItems().findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withLabel("What is needed")).setValue("Welded steel carts");
        _click(_get(Button.class, spec -> spec.withId("save-request")));
        assertThat(error()).isEqualTo("Choose a NAICS subsector or at least one capability, so suppliers can be scouted");

        ComboBox<Subsector> subsector = _get(ComboBox.class, spec -> spec.withLabel("NAICS subsector"));
        subsector.setValue(subsector.getListDataView().getItems().filter(s -> s.code().equals("332")).findFirst()
                .orElseThrow());
        _get(MultiSelectComboBox.class, spec -> spec.withLabel("Capabilities needed")).setValue(Set.of(Capability.WELDING));
        _click(_get(Button.class, spec -> spec.withId("save-request")));
        assertThat(_get(H1.class).getText()).isEqualTo("Welded steel carts");

        Grid<ScoutedSupplier> candidates = _get(ScoutingGrid.class);
        ScoutedSupplier best = _get(candidates, 0);
        assertThat(best.score()).isGreaterThanOrEqualTo(_get(candidates, 1).score());
        _click((Button) _getCellComponent(candidates, 0, "shortlist"));

        Grid<MatchRow> shortlist = _find(Grid.class).stream().filter(g -> !(g instanceof ScoutingGrid))
                .map(g -> (Grid<MatchRow>) g).findFirst().orElseThrow();
        assertThat(_size(shortlist)).isEqualTo(1);
        assertThat(_get(shortlist, 0).supplierName()).isEqualTo(best.legalName());
        assertThat(_find(Span.class, spec -> spec.withClasses("status-badge")).getFirst().getText()).isEqualTo("Scouting");

        _click(_get(_getCellComponent(shortlist, 0, "actions"), Button.class, spec -> spec.withClasses("introduce-button")));
        _get(TextArea.class, spec -> spec.withLabel("Note")).setValue("Introduced by email");
        _click(_get(Button.class, spec -> spec.withId("prompt-confirm")));
        assertThat(_get(shortlist, 0).note()).isEqualTo("Introduced by email");
        assertThat(_find(Span.class, spec -> spec.withClasses("status-badge")).getFirst().getText()).isEqualTo("Introduced");
    }

    @Test
    @Transactional
    void closingAsksForTheReason() {
        signInAs("imec.staff");
        UI.getCurrent().navigate(SourcingRequestListView.class);
        Grid<?> requests = _get(Grid.class);
        assertThat(_size(requests)).isEqualTo(40);
        long open = jdbc.queryForObject("SELECT MIN(id) FROM sourcing_request WHERE status = 'SCOUTING'", Long.class);
        UI.getCurrent().navigate(SourcingRequestView.class, String.valueOf(open));
        _click(_get(Button.class, spec -> spec.withId("close-request")));
        _click(_get(Button.class, spec -> spec.withId("prompt-confirm")));
        assertThat(_get(_get(TextPromptDialog.class), Span.class, spec -> spec.withClasses("form-error")).getText())
                .isEqualTo("Give the reason for closing the request");
        _get(TextArea.class, spec -> spec.withId("prompt-text")).setValue("Buyer cancelled");
        _click(_get(Button.class, spec -> spec.withId("prompt-confirm")));
        assertThat(_find(Span.class, spec -> spec.withClasses("status-badge")).getFirst().getText()).isEqualTo("Closed");
    }

    @Test
    @Transactional
    void scoutingCountsImportedSuppliersNotYetVerifiedOnlyWhenAsked() {
        signInAs("imec.staff");
        long open = jdbc.queryForObject("SELECT MIN(id) FROM sourcing_request WHERE status IN ('OPEN', 'SCOUTING')",
                Long.class);
        UI.getCurrent().navigate(SourcingRequestView.class, String.valueOf(open));
        ScoutedSupplier best = _get(_get(ScoutingGrid.class), 0);
        jdbc.update("UPDATE supplier SET registration_status = 'IMPORTED' WHERE id = ?", best.supplierId());

        UI.getCurrent().navigate(SourcingRequestView.class, String.valueOf(open));
        assertThat(candidateIds()).doesNotContain(best.supplierId());

        _get(Checkbox.class, spec -> spec.withId("scout-include-imported")).setValue(true);
        ScoutedSupplier listed = _get(_get(ScoutingGrid.class), 0);
        assertThat(listed.supplierId()).isEqualTo(best.supplierId());
        assertThat(listed.verified()).isFalse();
        assertThat(_find(_getCellComponent(_get(ScoutingGrid.class), 0, "supplier"), Span.class,
                spec -> spec.withText("Not yet verified"))).hasSize(1);

        UI.getCurrent().navigate("sourcing-requests/" + open, QueryParameters.of("suppliers", "with-imported"));
        assertThat(_get(Checkbox.class, spec -> spec.withId("scout-include-imported")).getValue()).isTrue();
        assertThat(candidateIds()).contains(best.supplierId());
    }

    private List<Long> candidateIds() {
        ScoutingGrid grid = _get(ScoutingGrid.class);
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).supplierId()).toList();
    }

    @Test
    void executivesSeeTheSupplyChainCharts() {
        signInAs("executive");
        UI.getCurrent().navigate(SupplyChainView.class);

        assertThat(_find(Chart.class)).hasSize(9);
        assertThat(_get(Chart.class, spec -> spec.withId("supply-chain-spaces")).getConfiguration().getSeries())
                .extracting(Series::getName).containsExactly("Requests entered by staff", "Requests submitted by buyers",
                        "Interests from suppliers");
        assertThat(_get(Chart.class, spec -> spec.withId("supply-chain-funnel")).getConfiguration().getSeries())
                .hasSize(1);
        long approved = jdbc.queryForObject("SELECT COUNT(*) FROM supplier WHERE registration_status = 'APPROVED'",
                Long.class);
        long imported = jdbc.queryForObject("SELECT COUNT(*) FROM supplier WHERE registration_status = 'IMPORTED'",
                Long.class);
        assertThat(total("supply-chain-by-county")).isEqualTo(approved);
        assertThat(_get(Chart.class, spec -> spec.withId("supply-chain-imported-lists")).getConfiguration().getxAxis()
                .getCategories()).containsExactlyInAnyOrder("IMA members 2026", "IL certified vendors");

        _get(Checkbox.class, spec -> spec.withId("include-imported")).setValue(true);
        assertThat(total("supply-chain-by-county")).isEqualTo(approved + imported);
        assertThat(_get(Chart.class, spec -> spec.withId("supply-chain-by-county")).getConfiguration().getSubTitle()
                .getText()).isEqualTo("Approved suppliers and imported ones not yet verified");

        UI.getCurrent().navigate("supply-chain", QueryParameters.of("suppliers", "with-imported"));
        assertThat(_get(Checkbox.class, spec -> spec.withId("include-imported")).getValue()).isTrue();
        assertThat(total("supply-chain-by-county")).isEqualTo(approved + imported);
    }

    private long total(String chartId) {
        return ChartDataReader.read(_get(Chart.class, spec -> spec.withId(chartId)).getConfiguration()).series()
                .getFirst().points().stream().map(ChartData.Point::value).filter(Objects::nonNull).mapToLong(Double::longValue).sum();
    }
}
