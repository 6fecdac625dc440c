package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsBar;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.PlotOptionsPie;
import com.vaadin.flow.component.charts.model.Stacking;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.util.List;
import java.util.function.ToLongFunction;
import org.partnerdashboard.base.ChartColors;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.sourcing.AwardedShare;
import org.partnerdashboard.sourcing.MedianDays;
import org.partnerdashboard.sourcing.SourcingFunnel;
import org.partnerdashboard.sourcing.SpacesYear;
import org.partnerdashboard.suppliers.ImportedListCount;
import org.partnerdashboard.suppliers.RegistrationStatus;
import org.partnerdashboard.suppliers.YearlyStatusCount;

/** Builds the Supply Chain Center's charts from the aggregates the services compute. Pure: no UI state. */
public final class SupplyChainCharts {

    private SupplyChainCharts() {
    }

    /** Registrations per year, stacked by where they stand now. */
    public static Configuration registrationsByYear(List<YearlyStatusCount> counts, Translation t) {
        Configuration conf = Charts.configuration(ChartType.COLUMN, t.text("supply-chain.registrations.title"),
                t.text("supply-chain.registrations.subtitle"));
        List<Integer> years = counts.stream().map(YearlyStatusCount::year).distinct().sorted().toList();
        conf.getxAxis().setCategories(years.stream().map(String::valueOf).toArray(String[]::new));
        conf.getyAxis().setTitle(t.text("supply-chain.registrations.y-axis"));
        conf.getyAxis().setAllowDecimals(false);
        for (RegistrationStatus status : RegistrationStatus.values()) {
            if (status == RegistrationStatus.IMPORTED) {
                continue; // suppliers from imported lists did not register
            }
            ListSeries series = new ListSeries(t.text("registration-status." + status));
            PlotOptionsColumn colour = new PlotOptionsColumn();
            colour.setColor(new SolidColor(switch (status) {
                case APPROVED -> ChartColors.GOOD;
                case REJECTED -> ChartColors.BAD;
                case PENDING -> ChartColors.WAITING;
                case MERGED, IMPORTED -> ChartColors.SET_ASIDE;
            }));
            series.setPlotOptions(colour);
            for (int year : years) {
                series.addData(counts.stream().filter(c -> c.year() == year && c.status() == status)
                        .mapToLong(YearlyStatusCount::count).sum());
            }
            conf.addSeries(series);
        }
        PlotOptionsColumn stacked = new PlotOptionsColumn();
        stacked.setStacking(Stacking.NORMAL);
        conf.setPlotOptions(stacked);
        conf.getLegend().setEnabled(true);
        return conf;
    }

    /** Per year: requests entered by staff and submitted by buyers (stacked), beside suppliers' interests. */
    public static Configuration spacesByYear(List<SpacesYear> years, Translation t) {
        Configuration conf = Charts.configuration(ChartType.COLUMN, t.text("supply-chain.spaces.title"),
                t.text("supply-chain.spaces.subtitle"));
        conf.getxAxis().setCategories(years.stream().map(y -> String.valueOf(y.year())).toArray(String[]::new));
        conf.getyAxis().setTitle(t.text("supply-chain.spaces.y-axis"));
        conf.getyAxis().setAllowDecimals(false);
        record Part(String key, String stack, SolidColor colour, ToLongFunction<SpacesYear> count) {
        }
        for (Part part : List.of(
                new Part("supply-chain.spaces.staff", "requests", new SolidColor(ChartColors.SET_ASIDE),
                        SpacesYear::staffRequests),
                new Part("supply-chain.spaces.buyers", "requests", new SolidColor(ChartColors.GOOD),
                        SpacesYear::buyerRequests),
                new Part("supply-chain.spaces.interests", "interests", new SolidColor(ChartColors.WAITING),
                        SpacesYear::interests))) {
            ListSeries series = new ListSeries(t.text(part.key()));
            PlotOptionsColumn options = new PlotOptionsColumn();
            options.setColor(part.colour());
            series.setStack(part.stack());
            series.setPlotOptions(options);
            years.forEach(y -> series.addData(part.count().applyAsLong(y)));
            conf.addSeries(series);
        }
        PlotOptionsColumn stacked = new PlotOptionsColumn();
        stacked.setStacking(Stacking.NORMAL);
        conf.setPlotOptions(stacked);
        conf.getLegend().setEnabled(true);
        return conf;
    }

    /** Horizontal bars of supplier counts (by county, by certification), labelled with their values. */
    public static Configuration bars(List<GroupCount> groups, String title, String subtitle, String axis) {
        Configuration conf = Charts.configuration(ChartType.BAR, title, subtitle);
        conf.getxAxis().setCategories(groups.stream().map(GroupCount::label).toArray(String[]::new));
        conf.getyAxis().setTitle(axis);
        conf.getyAxis().setAllowDecimals(false);
        DataSeries series = new DataSeries(axis);
        groups.forEach(g -> series.add(new DataSeriesItem(g.label(), g.count())));
        Charts.addBars(conf, series, null);
        return conf;
    }

    /** Suppliers per imported list, stacked: verified by staff, not yet verified. */
    public static Configuration importedLists(List<ImportedListCount> lists, Translation t) {
        Configuration conf = Charts.configuration(ChartType.BAR, t.text("supply-chain.imported-lists.title"),
                t.text("supply-chain.imported-lists.subtitle"));
        conf.getxAxis().setCategories(lists.stream().map(ImportedListCount::list).toArray(String[]::new));
        conf.getyAxis().setTitle(t.text("supply-chain.suppliers-axis"));
        conf.getyAxis().setAllowDecimals(false);
        for (boolean verified : new boolean[] {true, false}) {
            ListSeries series = new ListSeries(t.text(verified ? "supply-chain.imported-lists.verified"
                    : "supply-chain.imported-lists.not-verified"));
            PlotOptionsBar colour = new PlotOptionsBar();
            colour.setColor(new SolidColor(verified ? ChartColors.GOOD : ChartColors.WAITING));
            series.setPlotOptions(colour);
            lists.forEach(l -> series.addData(verified ? l.verified() : l.notYetVerified()));
            conf.addSeries(series);
        }
        PlotOptionsBar stacked = new PlotOptionsBar();
        stacked.setStacking(Stacking.NORMAL);
        conf.setPlotOptions(stacked);
        conf.getLegend().setEnabled(true);
        return conf;
    }

    /**
     * Requests received → suppliers scouted → introduced → awarded, as bars from zero: each stage's length is its
     * count (a funnel's drawn widths follow its shape, not its numbers).
     */
    public static Configuration funnel(SourcingFunnel funnel, Translation t) {
        Configuration conf = Charts.configuration(ChartType.BAR, t.text("supply-chain.funnel.title"),
                t.text("supply-chain.funnel.subtitle"));
        String[] stages = {t.text("supply-chain.funnel.received"), t.text("supply-chain.funnel.scouted"),
                t.text("supply-chain.funnel.introduced"), t.text("supply-chain.funnel.awarded")};
        long[] counts = {funnel.received(), funnel.scouted(), funnel.introduced(), funnel.awarded()};
        conf.getxAxis().setCategories(stages);
        conf.getyAxis().setTitle(t.text("supply-chain.funnel.series"));
        conf.getyAxis().setAllowDecimals(false);
        DataSeries series = new DataSeries(t.text("supply-chain.funnel.series"));
        for (int i = 0; i < stages.length; i++) {
            series.add(new DataSeriesItem(stages[i], counts[i]));
        }
        Charts.addBars(conf, series, null);
        return conf;
    }

    /** The median days from request to introduction, per year of request (the all-years figure is left out). */
    public static Configuration medianDays(List<MedianDays> medians, Translation t) {
        Configuration conf = Charts.configuration(ChartType.COLUMN, t.text("supply-chain.median-days.title"),
                t.text("supply-chain.median-days.subtitle"));
        List<MedianDays> years = medians.stream().filter(m -> m.year() != 0).toList();
        conf.getxAxis().setCategories(years.stream().map(m -> String.valueOf(m.year())).toArray(String[]::new));
        conf.getyAxis().setTitle(t.text("supply-chain.median-days.y-axis"));
        DataSeries series = new DataSeries(t.text("supply-chain.median-days.series"));
        years.forEach(m -> series.add(new DataSeriesItem(String.valueOf(m.year()), m.medianDays())));
        Charts.addColumns(conf, series, null);
        return conf;
    }

    /** Awarded requests won by Illinois suppliers and by suppliers elsewhere. */
    public static Configuration awardedShare(AwardedShare share, Translation t) {
        Configuration conf = Charts.configuration(ChartType.PIE, t.text("supply-chain.awarded.title"),
                t.text("supply-chain.awarded.subtitle", share.awarded()));
        DataSeries series = new DataSeries(t.text("supply-chain.awarded.series"));
        series.add(new DataSeriesItem(t.text("supply-chain.awarded.illinois"), share.toIllinois()));
        series.add(new DataSeriesItem(t.text("supply-chain.awarded.elsewhere"),
                share.awarded() - share.toIllinois()));
        PlotOptionsPie options = new PlotOptionsPie();
        DataLabels labels = new DataLabels(true);
        labels.setFormat("<b>{point.name}</b>: {point.y} ({point.percentage:.0f}%)");
        options.setDataLabels(labels);
        series.setPlotOptions(options);
        conf.addSeries(series);
        return conf;
    }
}
