package org.partnerdashboard.dashboards.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.ui.AppAddress;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.security.PresentationLinkRow;
import org.partnerdashboard.security.PresentationLinks;
import org.partnerdashboard.security.Role;

/**
 * Presentation links for the roundtable with the dashboard's filters ("presentation-links?subsector=332"): made here,
 * shown once, opening the roundtable and nothing else until they expire or are revoked here.
 */
@Route("presentation-links")
@RolesAllowed(Role.Names.STAFF)
public class PresentationLinkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PresentationLinks links;
    private final Clock clock;
    private final DashboardFilterBar filterWords;
    private final Paragraph filters = new Paragraph();
    private final Div created = new Div();
    private final Span error = new Span();
    private final Grid<PresentationLinkRow> grid = new Grid<>();
    private DashboardFilter filter = DashboardFilter.NONE;

    public PresentationLinkView(PresentationLinks links, ReferenceDataService referenceData,
            PlacementService placements, Clock clock) {
        this.links = links;
        this.clock = clock;
        this.filterWords = new DashboardFilterBar(referenceData.counties(), referenceData.subsectors(),
                placements.placingOrganizations());
        TextField label = new TextField(getTranslation("presentations.label"));
        label.setMaxLength(100);
        label.setRequiredIndicatorVisible(true);
        label.setPlaceholder(getTranslation("presentations.label-placeholder"));
        IntegerField days = new IntegerField(getTranslation("presentations.days"));
        days.setMin(1);
        days.setMax(PresentationLinks.MAX_DAYS);
        days.setValue(PresentationLinks.DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        days.setHelperText(getTranslation("presentations.days-help", PresentationLinks.MAX_DAYS));
        Button create = new Button(getTranslation("presentations.create"), click -> {
            error.setText("");
            try {
                String token = links.issue(label.getValue(), DashboardFilterParameters.toQuery(filter)
                        .getQueryString(), days.getValue() == null ? 0 : days.getValue());
                Span link = new Span(AppAddress.current() + "roundtable?token=" + token);
                link.setId("presentation-link");
                link.addClassName("issued-token");
                created.removeAll();
                created.add(new Paragraph(getTranslation("presentations.created")), link);
                label.clear();
                label.setInvalid(false); // emptied for the next link, not left wrong
                refresh();
            } catch (InvalidInputException invalid) {
                error.setText(Messages.of(this, invalid));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-presentation-link");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        created.getElement().setAttribute("role", "status");
        HorizontalLayout form = new HorizontalLayout(label, days, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        PHONE.of(grid.addColumn(PresentationLinkRow::label).setHeader(getTranslation("presentations.label"))
                .setWidth("10em").setFlexGrow(2).setTooltipGenerator(PresentationLinkRow::label));
        LAPTOP.of(grid.addColumn(l -> describe(l.filterQuery())).setHeader(getTranslation("presentations.filters"))
                .setWidth("12em").setFlexGrow(1).setTooltipGenerator(l -> describe(l.filterQuery())));
        LAPTOP.of(grid.addColumn(l -> when(l.expiresAt())).setHeader(getTranslation("presentations.expires"))
                .setWidth("11em").setFlexGrow(0));
        MORE.of(grid.addColumn(l -> l.createdBy() + " · " + when(l.createdAt()))
                .setHeader(getTranslation("presentations.made-by")).setWidth("14em").setFlexGrow(0));
        MORE.of(grid.addColumn(l -> l.lastUsedAt() == null ? "—" : when(l.lastUsedAt()))
                .setHeader(getTranslation("presentations.last-used")).setWidth("11em").setFlexGrow(0));
        grid.addComponentColumn(l -> {
            if (l.revokedAt() != null) {
                return new Span(getTranslation("presentations.revoked", when(l.revokedAt())));
            }
            if (!l.expiresAt().isAfter(clock.instant())) {
                return new Span(getTranslation("presentations.expired"));
            }
            Button revoke = new Button(getTranslation("presentations.revoke"), click -> {
                links.revoke(l.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        }).setKey("status").setWidth("9em").setFlexGrow(0);
        PHONE.of(grid.getColumnByKey("status"));
        ColumnPriority.adapt(grid);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("presentations.empty"));
        grid.setAriaLabel(getTranslation("presentations.title"));
        add(new H1(getTranslation("presentations.title")), new Paragraph(getTranslation("presentations.intro")),
                filters, form, error, created, grid);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = DashboardFilterParameters.fromQuery(event.getLocation().getQueryParameters());
        filters.setText(getTranslation("presentations.with-filters", describe(
                DashboardFilterParameters.toQuery(filter).getQueryString())));
        refresh();
    }

    private String describe(String query) {
        List<String> words = filterWords.describe(DashboardFilterParameters.fromQuery(QueryParameters.fromString(query)));
        return words.isEmpty() ? getTranslation("export.no-filters") : String.join(" · ", words);
    }

    private String when(Instant instant) {
        return Formats.dateTime(instant, clock.getZone(), getLocale());
    }

    private void refresh() {
        grid.setItems(links.visible());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("presentations.title") + " · " + getTranslation("app.name");
    }
}
