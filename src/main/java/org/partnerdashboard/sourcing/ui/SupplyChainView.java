package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.base.ui.UrlParameters;
import org.partnerdashboard.exports.ui.ChartCard;
import org.partnerdashboard.exports.ui.ExportContext;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.sourcing.AwardedShare;
import org.partnerdashboard.sourcing.MedianDays;
import org.partnerdashboard.sourcing.SourcingActivityService;
import org.partnerdashboard.sourcing.SourcingStatisticsService;
import org.partnerdashboard.suppliers.SupplierScope;
import org.partnerdashboard.suppliers.SupplierStatisticsService;

/** The Supply Chain Center at a glance: headline figures and charts, all aggregated by the database. */
@Route(SupplyChainView.ROUTE)
@Menu(order = 5, icon = "vaadin:connect-o", title = "nav.supply-chain")
@RolesAllowed({Role.Names.SUPPLY_CHAIN_STAFF, Role.Names.ADMIN, Role.Names.CAMPAIGN_STAFF,
        Role.Names.RESEARCH_EDITOR, Role.Names.EXECUTIVE})
public class SupplyChainView extends VerticalLayout implements HasDynamicTitle, ExportContext, BeforeEnterObserver {

    static final String SCOPE_PARAMETER = "suppliers";
    static final String ROUTE = "supply-chain";

    private final SupplierStatisticsService suppliers;
    private final Checkbox includeImported = new Checkbox();
    private final ChartCard byCounty;
    private final ChartCard byCertification;
    private final ChartCard byDiversity;
    private SupplierScope scope = SupplierScope.VERIFIED;

    public SupplyChainView(SupplierStatisticsService suppliers, SourcingStatisticsService sourcing,
            SourcingActivityService activity) {
        this.suppliers = suppliers;
        List<MedianDays> medians = sourcing.medianDaysToIntroduction();
        AwardedShare awarded = sourcing.awardedShare();
        String medianAll = medians.stream().filter(m -> m.year() == 0).findFirst()
                .map(m -> getTranslation("supply-chain.kpi.days", Formats.integer(Math.round(m.medianDays()), getLocale())))
                .orElse("—");
        long notYetVerified = suppliers.notYetVerified();
        Div kpis = new Div(
                new KpiCard(getTranslation("supply-chain.kpi.approved"), Formats.integer(suppliers.approvedSuppliers(),
                        getLocale()), getTranslation("supply-chain.kpi.pending", Formats.integer(
                        suppliers.pendingRegistrations(), getLocale()), Formats.integer(notYetVerified, getLocale()))),
                new KpiCard(getTranslation("supply-chain.kpi.open-requests"), Formats.integer(activity.openRequests(),
                        getLocale()), getTranslation("supply-chain.kpi.open-requests-note")),
                new KpiCard(getTranslation("supply-chain.kpi.median-days"), medianAll,
                        getTranslation("supply-chain.kpi.median-days-note")),
                new KpiCard(getTranslation("supply-chain.kpi.illinois"), awarded.illinoisPercent() == null ? "—"
                        : Formats.percent(awarded.illinoisPercent(), getLocale()),
                        getTranslation("supply-chain.kpi.illinois-note", Formats.integer(awarded.awarded(), getLocale()))));
        kpis.addClassName("kpi-row");
        byCounty = ChartCard.of("supply-chain-by-county", supplierChart(SupplierScope.VERIFIED, "by-county"), false);
        byCertification = ChartCard.of("supply-chain-by-certification",
                supplierChart(SupplierScope.VERIFIED, "by-certification"), false);
        byDiversity = ChartCard.of("supply-chain-by-diversity", supplierChart(SupplierScope.VERIFIED, "by-diversity"),
                false);
        Div charts = new Div(
                ChartCard.of("supply-chain-registrations", SupplyChainCharts.registrationsByYear(suppliers.registrationsByYear(),
                        this::getTranslation), true),
                ChartCard.of("supply-chain-funnel", SupplyChainCharts.funnel(sourcing.funnel(), this::getTranslation), false),
                ChartCard.of("supply-chain-spaces", SupplyChainCharts.spacesByYear(sourcing.spacesByYear(),
                        this::getTranslation), false),
                ChartCard.of("supply-chain-awarded", SupplyChainCharts.awardedShare(awarded, this::getTranslation), false),
                ChartCard.of("supply-chain-median-days", SupplyChainCharts.medianDays(medians, this::getTranslation), false),
                ChartCard.of("supply-chain-imported-lists", SupplyChainCharts.importedLists(suppliers.byImportedList(),
                        this::getTranslation), false));
        charts.addClassName("chart-grid");
        // the charts the checkbox changes, under it
        Div supplierCharts = new Div(byCounty, byCertification, byDiversity);
        supplierCharts.addClassName("chart-grid");
        includeImported.setLabel(getTranslation("supply-chain.include-imported",
                Formats.integer(notYetVerified, getLocale())));
        includeImported.setId("include-imported");
        includeImported.addValueChangeListener(change -> {
            show(change.getValue() ? SupplierScope.WITH_IMPORTED : SupplierScope.VERIFIED);
            if (change.isFromClient()) {
                Map<String, List<String>> query = new HashMap<>();
                if (scope != SupplierScope.VERIFIED) {
                    UrlParameters.put(query, SCOPE_PARAMETER, scope.parameter());
                }
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        new Location(ROUTE, new QueryParameters(query))));
            }
        });
        add(new H1(getTranslation("supply-chain.title")), new Paragraph(getTranslation("supply-chain.intro")), kpis,
                charts, new H2(getTranslation("supply-chain.network")), includeImported, supplierCharts);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SupplierScope wanted = SupplierScope.fromParameter(UrlParameters.get(
                event.getLocation().getQueryParameters().getParameters(), SCOPE_PARAMETER, value -> value));
        includeImported.setValue(wanted == SupplierScope.WITH_IMPORTED);
    }

    /** Counts suppliers in the scope in the three supplier charts. */
    private void show(SupplierScope shown) {
        scope = shown;
        byCounty.setConfiguration(supplierChart(shown, "by-county"));
        byCertification.setConfiguration(supplierChart(shown, "by-certification"));
        byDiversity.setConfiguration(supplierChart(shown, "by-diversity"));
    }

    private Configuration supplierChart(SupplierScope shown, String chart) {
        List<GroupCount> groups = switch (chart) {
            case "by-county" -> counties(suppliers.byCounty(shown));
            case "by-certification" -> translated(suppliers.byQualityCertification(shown), "certification.");
            default -> translated(suppliers.byDiversityCertification(shown), "diversity.");
        };
        return SupplyChainCharts.bars(groups, getTranslation("supply-chain." + chart + ".title"),
                getTranslation(shown == SupplierScope.VERIFIED ? "supply-chain.approved-only"
                        : "supply-chain.with-imported"), getTranslation("supply-chain.suppliers-axis"));
    }

    private List<GroupCount> counties(List<GroupCount> groups) {
        return groups.stream().map(g -> g.key().isEmpty()
                ? new GroupCount("", getTranslation("supplier.outside-area"), g.count()) : g).toList();
    }

    private List<GroupCount> translated(List<GroupCount> groups, String keyPrefix) {
        return groups.stream().map(g -> new GroupCount(g.key(), getTranslation(keyPrefix + g.key()), g.count())).toList();
    }


    /** The supplier charts say whether they count imported suppliers nobody has verified yet. */
    @Override
    public String exportFilters() {
        return scope == SupplierScope.VERIFIED ? "" : getTranslation("supply-chain.with-imported");
    }

    /** Registrations come from suppliers; the funnel, awards and days to introduction from sourcing requests. */
    @Override
    public String exportSource(String chartId) {
        return getTranslation(chartId.matches("supply-chain-(funnel|awarded|median-days)")
                ? "export.source.sourcing" : "export.source.suppliers");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supply-chain.title") + " · " + getTranslation("app.name");
    }
}
