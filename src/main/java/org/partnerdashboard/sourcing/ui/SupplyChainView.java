package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.exports.ui.ChartCard;
import org.partnerdashboard.exports.ui.ExportContext;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.sourcing.AwardedShare;
import org.partnerdashboard.sourcing.MedianDays;
import org.partnerdashboard.sourcing.SourcingActivityService;
import org.partnerdashboard.sourcing.SourcingStatisticsService;
import org.partnerdashboard.suppliers.SupplierStatisticsService;

/** The Supply Chain Center at a glance: headline figures and charts, all aggregated by the database. */
@Route("supply-chain")
@Menu(order = 5, icon = "vaadin:connect-o", title = "nav.supply-chain")
@RolesAllowed({Role.Names.SUPPLY_CHAIN_STAFF, Role.Names.ADMIN, Role.Names.CAMPAIGN_STAFF,
        Role.Names.RESEARCH_EDITOR, Role.Names.EXECUTIVE})
public class SupplyChainView extends VerticalLayout implements HasDynamicTitle, ExportContext {

    public SupplyChainView(SupplierStatisticsService suppliers, SourcingStatisticsService sourcing,
            SourcingActivityService activity) {
        List<MedianDays> medians = sourcing.medianDaysToIntroduction();
        AwardedShare awarded = sourcing.awardedShare();
        String medianAll = medians.stream().filter(m -> m.year() == 0).findFirst()
                .map(m -> getTranslation("supply-chain.kpi.days", Formats.integer(Math.round(m.medianDays()), getLocale())))
                .orElse("—");
        Div kpis = new Div(
                new KpiCard(getTranslation("supply-chain.kpi.approved"), Formats.integer(suppliers.approvedSuppliers(),
                        getLocale()), getTranslation("supply-chain.kpi.pending", Formats.integer(
                        suppliers.pendingRegistrations(), getLocale()))),
                new KpiCard(getTranslation("supply-chain.kpi.open-requests"), Formats.integer(activity.openRequests(),
                        getLocale()), getTranslation("supply-chain.kpi.open-requests-note")),
                new KpiCard(getTranslation("supply-chain.kpi.median-days"), medianAll,
                        getTranslation("supply-chain.kpi.median-days-note")),
                new KpiCard(getTranslation("supply-chain.kpi.illinois"), awarded.illinoisPercent() == null ? "—"
                        : Formats.percent(awarded.illinoisPercent(), getLocale()),
                        getTranslation("supply-chain.kpi.illinois-note", Formats.integer(awarded.awarded(), getLocale()))));
        kpis.addClassName("kpi-row");
        String suppliersAxis = getTranslation("supply-chain.suppliers-axis");
        Div charts = new Div(
                ChartCard.of("supply-chain-registrations", SupplyChainCharts.registrationsByYear(suppliers.registrationsByYear(),
                        this::getTranslation), true),
                ChartCard.of("supply-chain-funnel", SupplyChainCharts.funnel(sourcing.funnel(), this::getTranslation), false),
                ChartCard.of("supply-chain-awarded", SupplyChainCharts.awardedShare(awarded, this::getTranslation), false),
                ChartCard.of("supply-chain-by-county", SupplyChainCharts.bars(counties(suppliers.approvedByCounty()),
                        getTranslation("supply-chain.by-county.title"), getTranslation("supply-chain.approved-only"),
                        suppliersAxis), false),
                ChartCard.of("supply-chain-median-days", SupplyChainCharts.medianDays(medians, this::getTranslation), false),
                ChartCard.of("supply-chain-by-certification", SupplyChainCharts.bars(translated(
                        suppliers.approvedByQualityCertification(), "certification."),
                        getTranslation("supply-chain.by-certification.title"), getTranslation("supply-chain.approved-only"),
                        suppliersAxis), false),
                ChartCard.of("supply-chain-by-diversity", SupplyChainCharts.bars(translated(
                        suppliers.approvedByDiversityCertification(), "diversity."),
                        getTranslation("supply-chain.by-diversity.title"), getTranslation("supply-chain.approved-only"),
                        suppliersAxis), false));
        charts.addClassName("chart-grid");
        add(new H1(getTranslation("supply-chain.title")), new Paragraph(getTranslation("supply-chain.intro")), kpis,
                charts);
        setWidthFull();
    }

    private List<GroupCount> counties(List<GroupCount> groups) {
        return groups.stream().map(g -> g.key().isEmpty()
                ? new GroupCount("", getTranslation("supplier.outside-area"), g.count()) : g).toList();
    }

    private List<GroupCount> translated(List<GroupCount> groups, String keyPrefix) {
        return groups.stream().map(g -> new GroupCount(g.key(), getTranslation(keyPrefix + g.key()), g.count())).toList();
    }


    @Override
    public String exportFilters() {
        return "";
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
