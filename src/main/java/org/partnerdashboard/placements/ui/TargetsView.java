package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.placements.CampaignSettings;
import org.partnerdashboard.placements.OrganizationTargets;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.placements.TargetChangeRow;
import org.partnerdashboard.placements.TargetService;
import org.partnerdashboard.placements.TargetType;
import org.partnerdashboard.security.Role;

/**
 * Each community organization's placement targets for a year (all placements, and optionally per type), as their
 * agreements set them; each change is listed with who made it and when. The year lives in the URL.
 */
@Route("campaign/targets")
@RolesAllowed({Role.Names.CAMPAIGN_STAFF, Role.Names.ADMIN})
public class TargetsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final TargetService targets;
    private final Clock clock;
    private final CampaignYearSelect year;
    private final Grid<OrganizationTargets> grid = new Grid<>();
    private final UnorderedList changes = new UnorderedList();
    private int shownYear;

    public TargetsView(TargetService targets, PlacementService placements, Clock clock) {
        this.targets = targets;
        this.clock = clock;
        CampaignSettings campaign = placements.campaignSettings();
        year = new CampaignYearSelect(campaign, "targets-year", TargetsView.class);
        grid.addColumn(OrganizationTargets::organizationName).setHeader(getTranslation("pacing.organization"))
                .setWidth("11em").setFlexGrow(1);
        for (TargetType type : TargetType.values()) {
            grid.addColumn(o -> value(o, type)).setHeader(getTranslation("target-type." + type))
                    .setTextAlign(ColumnTextAlign.END).setWidth("7em").setFlexGrow(0);
        }
        grid.addColumn(o -> o.notes() == null ? "" : o.notes()).setHeader(getTranslation("targets.notes"))
                .setWidth("12em").setFlexGrow(2);
        grid.addComponentColumn(o -> {
            Button edit = new Button(getTranslation("targets.edit"), click -> new TargetDialog(targets, o, shownYear,
                    this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("targets.edit-for", o.organizationName()));
            return edit;
        }).setKey("edit").setWidth("7em").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("targets.title"));
        grid.setId("targets");
        changes.addClassName("history");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("targets.title")), year);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(new Anchor("campaign/pacing", getTranslation("targets.back")), header,
                new Paragraph(getTranslation("targets.intro")), grid, new H2(getTranslation("targets.changes")),
                changes);
        setWidthFull();
    }

    /** "40", "40 (sum of types)" for a total made of the types' targets, "—" for none. */
    private String value(OrganizationTargets o, TargetType type) {
        Integer set = o.targets().get(type);
        if (set != null) {
            return Formats.integer(set, getLocale());
        }
        if (type == TargetType.ALL && o.yearTarget() != null) {
            return getTranslation("targets.sum-of-types", Formats.integer(o.yearTarget(), getLocale()));
        }
        return "—";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shownYear = year.show(event.getLocation(), LocalDate.now(clock));
        refresh();
    }

    private void refresh() {
        grid.setItems(targets.targets(shownYear));
        changes.removeAll();
        for (TargetChangeRow c : targets.changes(shownYear)) {
            changes.add(new ListItem(Formats.dateTime(c.at(), clock.getZone(), getLocale()) + " · " + c.by() + " · "
                    + c.organizationName() + " · " + getTranslation("target-type." + c.type()) + ": "
                    + number(c.oldTarget()) + " → " + number(c.newTarget())
                    + (c.notes() == null ? "" : " · " + c.notes())));
        }
        if (changes.getChildren().findAny().isEmpty()) {
            changes.add(new ListItem(getTranslation("targets.no-changes")));
        }
    }

    private String number(Integer value) {
        return value == null ? "—" : Formats.integer(value, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("targets.title") + " · " + getTranslation("app.name");
    }
}
