package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.sourcing.ScoutedSupplier;
import org.partnerdashboard.suppliers.ui.SupplierDirectoryView;

/** The ranked candidates for a request: score, who and where, why (one chip per reason), and "Shortlist". */
class ScoutingGrid extends Grid<ScoutedSupplier> {

    private final Map<Long, Integer> ranks = new HashMap<>();

    ScoutingGrid(Consumer<ScoutedSupplier> shortlist) {
        addColumn(s -> ranks.get(s.supplierId())).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::score).setHeader(getTranslation("scouting.score")).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        addComponentColumn(s -> {
            Anchor name = new Anchor(SupplierDirectoryView.SUPPLIER_ROUTE + s.supplierId(), s.legalName());
            Span where = new Span(s.city() + ", " + s.stateCode() + (s.countyName() == null ? "" : " · " + s.countyName())
                    + (s.employeeCount() == null ? "" : " · " + getTranslation("scouting.employees",
                    Formats.integer(s.employeeCount(), getLocale()))));
            where.addClassName("secondary-text");
            Div who = new Div(name, where);
            if (!s.verified()) {
                Span unverified = new Span(getTranslation("scouting.not-verified"));
                unverified.addClassNames("status-badge", "open");
                unverified.setTitle(getTranslation("scouting.not-verified.tooltip"));
                who.add(unverified);
            }
            who.addClassName("stacked");
            return who;
        }).setKey("supplier").setHeader(getTranslation("scouting.supplier")).setAutoWidth(true).setFlexGrow(1);
        addComponentColumn(s -> ReasonChips.of(s.reasons(), this)).setHeader(getTranslation("scouting.reasons")).setFlexGrow(3);
        addComponentColumn(s -> {
            Button add = new Button(getTranslation("scouting.shortlist"), VaadinIcon.PLUS.create(),
                    click -> shortlist.accept(s));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.addClassName("shortlist-button");
            add.setAriaLabel(getTranslation("scouting.shortlist-supplier", s.legalName()));
            return add;
        }).setKey("shortlist").setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setAriaLabel(getTranslation("scouting.grid-label"));
        setAllRowsVisible(true);
    }

    /** Shows the candidates in their ranked order. */
    void show(List<ScoutedSupplier> best) {
        ranks.clear();
        for (int i = 0; i < best.size(); i++) {
            ranks.put(best.get(i).supplierId(), i + 1);
        }
        setItems(best);
    }

    private Span score(ScoutedSupplier s) {
        Span score = new Span(String.valueOf(s.score()));
        score.addClassNames("score", s.score() >= 80 ? "high" : s.score() >= 50 ? "medium" : "low");
        return score;
    }
}
