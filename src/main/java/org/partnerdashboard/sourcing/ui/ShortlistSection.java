package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Set;
import java.util.function.Consumer;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.base.ui.TextPromptDialog;
import org.partnerdashboard.sourcing.MatchRow;
import org.partnerdashboard.sourcing.MatchStatus;
import org.partnerdashboard.sourcing.ScoutingService;
import org.partnerdashboard.sourcing.SourcingRequestDetails;
import org.partnerdashboard.suppliers.ui.SupplierDirectoryView;

/** A request's shortlist: the suppliers matched to it, where each stands, and its next steps. */
class ShortlistSection extends VerticalLayout {

    private final ScoutingService scouting;
    private final Runnable reload;
    private final Grid<MatchRow> matches = new Grid<>();
    private SourcingRequestDetails details;

    /** @param reload shows the request again after a step */
    ShortlistSection(ScoutingService scouting, Runnable reload) {
        this.scouting = scouting;
        this.reload = reload;
        configureMatches();
        add(new H2(getTranslation("sourcing.shortlist")), matches);
        setPadding(false);
    }

    void show(SourcingRequestDetails loaded) {
        details = loaded;
        matches.setItems(loaded.matches());
        matches.setVisible(!loaded.matches().isEmpty());
        setVisible(true);
    }

    private void configureMatches() {
        matches.addComponentColumn(m -> new Anchor(SupplierDirectoryView.SUPPLIER_ROUTE + m.supplierId(), m.supplierName()))
                .setHeader(getTranslation("scouting.supplier")).setAutoWidth(true).setFlexGrow(1);
        matches.addColumn(m -> m.city() + ", " + m.stateCode()).setHeader(getTranslation("supplier.city")).setAutoWidth(true);
        matches.addColumn(MatchRow::score).setHeader(getTranslation("scouting.score")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        matches.addComponentColumn(m -> RequestBadges.status(m.status(), this)).setHeader(getTranslation("sourcing.status"))
                .setAutoWidth(true).setFlexGrow(0);
        matches.addColumn(m -> m.note() == null ? "" : m.note()).setHeader(getTranslation("scouting.note")).setFlexGrow(1);
        matches.addColumn(m -> Formats.date(m.updatedOn(), getLocale())).setHeader(getTranslation("scouting.updated-on"))
                .setAutoWidth(true).setFlexGrow(0);
        matches.addComponentColumn(this::matchActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        matches.setAllRowsVisible(true);
        matches.setAriaLabel(getTranslation("sourcing.shortlist"));
    }

    private HorizontalLayout matchActions(MatchRow match) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassName("row-actions");
        if (details.status().isFinished()) {
            return actions;
        }
        Set<MatchStatus> next = match.status().next();
        if (next.contains(MatchStatus.SHORTLISTED)) {
            actions.add(action("scouting.shortlist", match, note -> scouting.shortlist(details.id(), match.supplierId()), false));
        }
        if (next.contains(MatchStatus.INTRODUCED)) {
            actions.add(action("scouting.introduce", match, note -> scouting.introduce(match.id(), match.version(), note), true));
        }
        if (next.contains(MatchStatus.AWARDED)) {
            actions.add(action("scouting.award", match, note -> scouting.award(match.id(), match.version(), note), true));
        }
        if (next.contains(MatchStatus.DECLINED)) {
            actions.add(action("scouting.decline", match, note -> scouting.decline(match.id(), match.version(), note), true));
        }
        return actions;
    }

    /** A small button for a match step; steps with a note ask for it first. */
    private Button action(String key, MatchRow match, Consumer<String> step, boolean withNote) {
        Button button = new Button(getTranslation(key), click -> {
            if (!withNote) {
                act(() -> step.accept(null), getTranslation(key + ".done", match.supplierName()));
                return;
            }
            new TextPromptDialog(getTranslation(key + ".title", match.supplierName()), getTranslation("scouting.note"),
                    getTranslation(key), 1000, note -> {
                        step.accept(note);
                        Messages.success(getTranslation(key + ".done", match.supplierName()));
                        reload.run();
                    }).open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(key.substring(key.indexOf('.') + 1) + "-button");
        button.setAriaLabel(getTranslation(key) + ": " + match.supplierName());
        return button;
    }

    /** Takes a step on the request (a match's or the request's own), says it is done or why not, and shows the result. */
    void act(Runnable step, String done) {
        try {
            step.run();
            Messages.success(done);
        } catch (InvalidInputException invalid) {
            Messages.error(Messages.of(this, invalid));
        }
        reload.run();
    }
}
