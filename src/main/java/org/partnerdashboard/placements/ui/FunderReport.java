package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.ListSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.exports.ChartDataReader;
import org.partnerdashboard.exports.Provenance;
import org.partnerdashboard.exports.Report;
import org.partnerdashboard.exports.ui.Provenances;
import org.partnerdashboard.placements.CampaignOutcomes;
import org.partnerdashboard.placements.CampaignPacing;
import org.partnerdashboard.placements.CampaignProgress;
import org.partnerdashboard.placements.CohortOutcome;
import org.partnerdashboard.placements.GoalProjection;
import org.partnerdashboard.placements.RetentionRate;

/**
 * The funder report for a year: the campaign's pacing and outcomes as a board-pack report (PDF or workbook).
 * Funders are outside the partnership, so the figures it is given are the audience's: every count rounded to a
 * multiple of 5, periods in whole months.
 */
final class FunderReport {

    private FunderReport() {
    }

    /** @param from the page the report is made from, whose language ({@code locale}) every word is in */
    /** Fewer known outcomes than this say nothing a reader should act on once counts are rounded to fives. */
    static final int FEWEST_KNOWN = 20;

    static Report of(int year, CampaignPacing pacing, CampaignOutcomes outcomes, List<RetentionRate> yearRetention,
            CampaignProgress progress, LocalDate today, Component from, Locale locale) {
        List<Report.Figure> figures = new ArrayList<>();
        if (pacing.campaign().target() != null) {
            figures.add(new Report.Figure(from.getTranslation("pacing.year-card", String.valueOf(year)),
                    from.getTranslation("pacing.of-target", Formats.integer(pacing.campaign().actual(), locale),
                            Formats.integer(pacing.campaign().target(), locale)),
                    PaceWords.of(pacing.campaign(), from::getTranslation, locale)));
        }
        GoalProjection goal = pacing.projection();
        figures.add(new Report.Figure(from.getTranslation("pacing.goal-card"), from.getTranslation("pacing.of-target",
                Formats.integer(goal.toDate(), locale), Formats.integer(goal.goal(), locale)),
                goal.projected() == null ? "" : from.getTranslation("funder.projected", month(goal.projected(), locale),
                        goal.latest() == null ? "—" : month(goal.latest(), locale),
                        month(goal.earliest(), locale))));
        figures.add(new Report.Figure(from.getTranslation("outcomes.people"),
                from.getTranslation("outcomes.people-value", Formats.integer(outcomes.people(), locale)),
                from.getTranslation("outcomes.people-note", Formats.integer(outcomes.placements(), locale))));
        figures.add(new Report.Figure(from.getTranslation("outcomes.credentials"), outcomes.credentialPercent() == null
                ? "—" : Formats.percent(outcomes.credentialPercent(), locale), from.getTranslation(
                "outcomes.credentials-note", Formats.integer(outcomes.credentials(), locale),
                Formats.integer(outcomes.programsEnded(), locale))));
        List<CohortOutcome> ofYear = outcomes.cohorts().stream().filter(c -> c.year() == year).toList();
        RetentionRate retained = yearRetention.stream().filter(r -> r.milestoneDays() == 180).findFirst()
                .orElse(new RetentionRate(180, 0, null));
        boolean enough = retained.percent() != null && retained.known() >= FEWEST_KNOWN;
        figures.add(new Report.Figure(from.getTranslation("funder.retained-180", String.valueOf(year)),
                enough ? Formats.percent(retained.percent(), locale) : "—", from.getTranslation(enough
                        ? "funder.retained-note" : "funder.retained-too-few", Formats.integer(retained.known(), locale))));

        Configuration goalChart = CampaignGoalChart.withProjection(CampaignGoalChart.configure(progress,
                from::getTranslation), progress, goal, YearMonth.from(today), from::getTranslation);
        Provenance provenance = Provenances.of(from, from.getTranslation("funder.filters", String.valueOf(year)),
                from.getTranslation("export.source.campaign"), Formats.date(today, locale));
        return new Report(from.getTranslation("funder.title", String.valueOf(year)),
                from.getTranslation("funder.subtitle"), List.of(provenance.filters()),
                from.getTranslation("boardpack.generated", Formats.date(today, locale),
                        from.getTranslation("funder.audience")), provenance, figures,
                List.of(ChartDataReader.read(goalChart), ChartDataReader.read(organizations(pacing, from)),
                        ChartDataReader.read(CohortCharts.retention(ofYear, from::getTranslation))),
                new Report.Texts(from.getTranslation("boardpack.figures"), from.getTranslation("boardpack.numbers"),
                        from.getTranslation("export.category"), from.getTranslation("boardpack.page", "{0}"),
                        from.getTranslation("boardpack.withheld")));
    }

    /** Target and placements of each organization in the year, side by side. */
    private static Configuration organizations(CampaignPacing pacing, Component from) {
        Configuration conf = Charts.configuration(ChartType.COLUMN, from.getTranslation("funder.organizations",
                String.valueOf(pacing.year())), from.getTranslation("funder.organizations-subtitle"));
        conf.getxAxis().setCategories(pacing.organizations().stream().map(CampaignPacing.OrganizationPace::name)
                .toArray(String[]::new));
        conf.getyAxis().setTitle(from.getTranslation("dashboard.goal-chart.y-axis"));
        ListSeries target = new ListSeries(from.getTranslation("pacing.target"));
        ListSeries placed = new ListSeries(from.getTranslation("pacing.placed"));
        pacing.organizations().forEach(o -> {
            target.addData(o.pace().target());
            placed.addData(o.pace().actual());
        });
        conf.addSeries(target);
        conf.addSeries(placed);
        return conf;
    }

    private static String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
    }
}
