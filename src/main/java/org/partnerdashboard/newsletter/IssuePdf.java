package org.partnerdashboard.newsletter;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.dashboards.SubsectorBrief;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.exports.Provenance;
import org.partnerdashboard.exports.Report;

/**
 * An issue as a printable report for the board-pack writer: the note and the coming events on the cover, the
 * figures, then each brief's chart with its numbers.
 */
final class IssuePdf {

    private IssuePdf() {
    }

    static Report report(IssueContent content, Edition edition, Map<String, ChartData> charts, Translation t,
            Locale locale, String date) {
        List<String> cover = new ArrayList<>();
        String note = "es".equals(edition.language()) && content.draft().noteEs() != null ? content.draft().noteEs()
                : content.draft().noteEn();
        if (note != null) {
            cover.add(note);
        }
        if (!content.events().isEmpty()) {
            cover.add("");
            cover.add(t.text("newsletter.events.heading"));
            DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            content.events().forEach(e -> cover.add("• " + day.format(e.startsOn()) + (e.endsOn().equals(e.startsOn())
                    ? "" : " – " + day.format(e.endsOn())) + " · " + e.title() + (e.place() == null ? ""
                    : " · " + e.place())));
        }
        List<Report.Figure> figures = new ArrayList<>();
        for (SubsectorBrief brief : content.briefs()) {
            String where = brief.subsector().label() + " · " + brief.areaName() + " · " + brief.quarter().label(t);
            figures.add(new Report.Figure(t.text("brief.employment"), brief.current() == null
                    || brief.current().employment() == null ? t.text("brief.no-figure")
                    : String.format(locale, "%,d", brief.current().employment()), where));
        }
        if (content.campaign() != null) {
            figures.add(new Report.Figure(t.text("newsletter.campaign.heading"),
                    String.format(locale, "%,d / %,d", content.campaign().placementsToDate(), content.campaign().goal()),
                    t.text("newsletter.campaign.rounded")));
        }
        if (content.supplyChain() != null) {
            figures.add(new Report.Figure(t.text("newsletter.supply-chain.suppliers"),
                    String.format(locale, "%,d", content.supplyChain().approvedSuppliers()),
                    t.text("newsletter.supply-chain.requests") + ": " + content.supplyChain().openRequests()));
        }
        Provenance provenance = new Provenance(t.text("newsletter.masthead"), edition.subject(),
                t.text("export.source", t.text("export.source.overview")), t.text("export.as-of", date));
        return new Report(edition.subject(), t.text("newsletter.masthead"), cover, date, provenance, figures,
                List.copyOf(charts.values()), new Report.Texts(t.text("boardpack.figures"), t.text("boardpack.numbers"),
                        t.text("export.category"), t.text("boardpack.page", "{0}"), t.text("boardpack.withheld")));
    }
}
