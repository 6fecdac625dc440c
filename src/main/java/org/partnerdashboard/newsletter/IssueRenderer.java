package org.partnerdashboard.newsletter;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.calendar.EventRow;
import org.partnerdashboard.dashboards.SubsectorBrief;
import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.indicators.Measure;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes an issue as e-mail clients need it: one 600-pixel column of tables with every style inline, images with
 * alt texts (an issue reads whole with images off), and a plain-text part saying the same. No tracking: no pixels,
 * no redirected links.
 */
final class IssueRenderer {

    static final String BRAND = "#0b5cad";
    private static final String INK = "#1f2a37";
    private static final String MUTED = "#4b5563";
    private static final String FONT = "font-family:Arial,Helvetica,sans-serif;";

    private final Translation t;
    private final Locale locale;
    private final NumberFormat integers;

    IssueRenderer(Translation t, Locale locale) {
        this.t = t;
        this.locale = locale;
        this.integers = NumberFormat.getIntegerInstance(locale);
    }

    String subject(IssueContent content) {
        return title(content.draft()) + (content.number() == null ? ""
                : " · " + t.text("newsletter.issue-number", String.valueOf(content.number())));
    }

    private String title(IssueDraft draft) {
        return "es".equals(locale.getLanguage()) && draft.titleEs() != null ? draft.titleEs() : draft.titleEn();
    }

    private String note(IssueDraft draft) {
        return "es".equals(locale.getLanguage()) && draft.noteEs() != null ? draft.noteEs() : draft.noteEn();
    }

    /**
     * @param imageSource the address of a chart's image by its name (cid: in e-mail, a link on the web, data: in
     *                    the preview)
     */
    Edition render(IssueContent content, IssueLinks links, UnaryOperator<String> imageSource) {
        return new Edition(locale.getLanguage(), subject(content), html(content, links, imageSource),
                text(content, links));
    }

    private String html(IssueContent content, IssueLinks links, UnaryOperator<String> imageSource) {
        StringBuilder h = new StringBuilder(16_000);
        h.append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>")
                .append(esc(subject(content))).append("</title></head>")
                .append("<body style=\"margin:0;padding:0;background:#eef2f7;").append(FONT).append("color:").append(INK)
                .append("\">");
        if (links.webVersion() != null) {
            h.append("<div style=\"max-width:600px;margin:0 auto;padding:8px 16px;font-size:13px;color:").append(MUTED)
                    .append(";text-align:center\">").append(link(links.webVersion(), t.text("newsletter.web-version")))
                    .append("</div>");
        }
        h.append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;"
                + "margin:0 auto;background:#ffffff;border-collapse:collapse\">");
        h.append("<tr><td style=\"background:").append(BRAND).append(";color:#ffffff;padding:20px 24px\">")
                .append("<div style=\"font-size:13px;letter-spacing:0.04em;text-transform:uppercase\">")
                .append(esc(t.text("newsletter.masthead"))).append("</div>")
                .append("<h1 style=\"margin:8px 0 4px;font-size:26px;line-height:1.25;color:#ffffff\">")
                .append(esc(title(content.draft()))).append("</h1><div style=\"font-size:14px\">")
                .append(esc(dateline(content))).append("</div></td></tr>");
        String note = note(content.draft());
        if (note != null) {
            row(h, paragraphs(note, "font-size:16px;line-height:1.55"));
        }
        for (int i = 0; i < content.briefs().size(); i++) {
            row(h, brief(content.briefs().get(i), imageSource.apply(IssueCharts.name(i))));
        }
        if (content.campaign() != null) {
            var c = content.campaign();
            row(h, heading(t.text("newsletter.campaign.heading"))
                    + figures(List.of(new String[] {t.text("newsletter.campaign.to-date", date(c.through())),
                            integers.format(c.placementsToDate()) + " / " + integers.format(c.goal())},
                            new String[] {t.text("newsletter.campaign.this-year",
                                    String.valueOf(c.through().getYear())), integers.format(c.placementsThisYear())}))
                    + small(t.text("newsletter.campaign.rounded")));
        }
        if (content.supplyChain() != null) {
            var s = content.supplyChain();
            row(h, heading(t.text("newsletter.supply-chain.heading"))
                    + figures(List.of(new String[] {t.text("newsletter.supply-chain.suppliers"),
                            integers.format(s.approvedSuppliers())}, new String[] {
                            t.text("newsletter.supply-chain.requests"), integers.format(s.openRequests())}))
                    + small(t.text("newsletter.supply-chain.invite")));
        }
        if (!content.events().isEmpty()) {
            StringBuilder events = new StringBuilder(heading(t.text("newsletter.events.heading")));
            events.append("<ul style=\"margin:0;padding-left:20px;font-size:15px;line-height:1.5\">");
            content.events().forEach(e -> events.append("<li style=\"margin-bottom:6px\"><strong>")
                    .append(esc(days(e))).append("</strong> · ").append(esc(e.title()))
                    .append(e.place() == null ? "" : " · " + esc(e.place())).append("</li>"));
            row(h, events.append("</ul>").toString());
        }
        h.append("<tr><td style=\"padding:20px 24px;background:#f3f4f6;font-size:13px;line-height:1.5;color:")
                .append(MUTED).append("\"><p style=\"margin:0 0 8px\">").append(esc(t.text("newsletter.footer.about")))
                .append("</p><p style=\"margin:0 0 8px\">").append(link(links.pdf(), t.text("newsletter.pdf")));
        if (links.unsubscribe() != null) {
            h.append(" · ").append(link(links.unsubscribe(), t.text("newsletter.unsubscribe")));
        } else {
            h.append(" · ").append(link(links.subscribe(), t.text("newsletter.subscribe")));
        }
        h.append("</p><p style=\"margin:0\">").append(esc(t.text("newsletter.footer.privacy"))).append("</p></td></tr>")
                .append("</table></body></html>");
        return h.toString();
    }

    private String brief(SubsectorBrief brief, String image) {
        IndicatorPoint now = brief.current();
        List<String[]> figures = new ArrayList<>();
        IndicatorPoint before = brief.yearBefore();
        figures.add(new String[] {t.text("brief.employment"), value(now, Measure.EMPLOYMENT, ""),
                change(now, before, Measure.EMPLOYMENT)});
        figures.add(new String[] {t.text("brief.establishments"), value(now, Measure.ESTABLISHMENTS, ""),
                change(now, before, Measure.ESTABLISHMENTS)});
        figures.add(new String[] {t.text("brief.weekly-wage"), value(now, Measure.WEEKLY_WAGE, "$"),
                change(now, before, Measure.WEEKLY_WAGE)});
        if (brief.placements() != null) {
            figures.add(new String[] {t.text("newsletter.brief.placements"), integers.format(brief.placements())});
        }
        figures.add(new String[] {t.text("newsletter.brief.suppliers"), integers.format(brief.approvedSuppliers())});
        return heading(brief.subsector().label()) + small(brief.areaName() + " · " + brief.quarter().label(t))
                + figures(figures)
                + "<img src=\"" + esc(image) + "\" width=\"552\" alt=\"" + esc(alt(brief)) + "\" style=\"display:block;"
                + "width:100%;max-width:552px;height:auto;margin:12px 0 4px;border:0\">"
                + small(t.text("newsletter.brief.source"));
    }

    /** What the chart shows, for readers with images off and screen readers. */
    String alt(SubsectorBrief brief) {
        List<IndicatorPoint> known = brief.trend().stream().filter(p -> p.disclosed() && p.employment() != null)
                .toList();
        if (known.isEmpty()) {
            return t.text("newsletter.chart.alt-empty", brief.subsector().label(), brief.areaName());
        }
        IndicatorPoint first = known.getFirst();
        IndicatorPoint last = known.getLast();
        return t.text("newsletter.chart.alt", brief.subsector().label(), brief.areaName(), first.quarter().label(t),
                last.quarter().label(t), integers.format(first.employment()), integers.format(last.employment()));
    }

    /** The measure's value with its change over the year in brackets, for the plain-text part. */
    private String measure(IndicatorPoint now, IndicatorPoint before, Measure measure, String unit) {
        String change = change(now, before, measure);
        return value(now, measure, unit) + (change.isEmpty() ? "" : " (" + change + ")");
    }

    private String value(IndicatorPoint now, Measure measure, String unit) {
        if (now == null || measure.of(now) == null) {
            return t.text(now == null ? "brief.no-figure" : "explorer.withheld");
        }
        return unit + integers.format(measure.of(now));
    }

    private String change(IndicatorPoint now, IndicatorPoint before, Measure measure) {
        Double change = now == null || measure.of(now) == null ? null : now.changeFrom(before, measure);
        return change == null ? "" : String.format(locale, "%+.1f%%", change) + " " + t.text("brief.over-the-year");
    }

    private String text(IssueContent content, IssueLinks links) {
        StringBuilder x = new StringBuilder(4_000);
        x.append(t.text("newsletter.masthead")).append("\n").append(title(content.draft())).append("\n")
                .append(dateline(content)).append("\n");
        if (links.webVersion() != null) {
            x.append(t.text("newsletter.web-version")).append(": ").append(links.webVersion()).append("\n");
        }
        String note = note(content.draft());
        if (note != null) {
            x.append("\n").append(note).append("\n");
        }
        for (SubsectorBrief brief : content.briefs()) {
            x.append("\n== ").append(brief.subsector().label()).append(" ==\n").append(brief.areaName()).append(" · ")
                    .append(brief.quarter().label(t)).append("\n")
                    .append("- ").append(t.text("brief.employment")).append(": ")
                    .append(measure(brief.current(), brief.yearBefore(), Measure.EMPLOYMENT, "")).append("\n")
                    .append("- ").append(t.text("brief.establishments")).append(": ")
                    .append(measure(brief.current(), brief.yearBefore(), Measure.ESTABLISHMENTS, "")).append("\n")
                    .append("- ").append(t.text("brief.weekly-wage")).append(": ")
                    .append(measure(brief.current(), brief.yearBefore(), Measure.WEEKLY_WAGE, "$")).append("\n");
            if (brief.placements() != null) {
                x.append("- ").append(t.text("newsletter.brief.placements")).append(": ")
                        .append(integers.format(brief.placements())).append("\n");
            }
            x.append("- ").append(t.text("newsletter.brief.suppliers")).append(": ")
                    .append(integers.format(brief.approvedSuppliers())).append("\n").append(alt(brief)).append("\n");
        }
        if (content.campaign() != null) {
            var c = content.campaign();
            x.append("\n== ").append(t.text("newsletter.campaign.heading")).append(" ==\n- ")
                    .append(t.text("newsletter.campaign.to-date", date(c.through()))).append(": ")
                    .append(integers.format(c.placementsToDate())).append(" / ").append(integers.format(c.goal()))
                    .append("\n- ").append(t.text("newsletter.campaign.this-year", String.valueOf(c.through().getYear())))
                    .append(": ").append(integers.format(c.placementsThisYear())).append("\n")
                    .append(t.text("newsletter.campaign.rounded")).append("\n");
        }
        if (content.supplyChain() != null) {
            var s = content.supplyChain();
            x.append("\n== ").append(t.text("newsletter.supply-chain.heading")).append(" ==\n- ")
                    .append(t.text("newsletter.supply-chain.suppliers")).append(": ")
                    .append(integers.format(s.approvedSuppliers())).append("\n- ")
                    .append(t.text("newsletter.supply-chain.requests")).append(": ")
                    .append(integers.format(s.openRequests())).append("\n");
        }
        if (!content.events().isEmpty()) {
            x.append("\n== ").append(t.text("newsletter.events.heading")).append(" ==\n");
            content.events().forEach(e -> x.append("- ").append(days(e)).append(" · ").append(e.title())
                    .append(e.place() == null ? "" : " · " + e.place()).append("\n"));
        }
        x.append("\n--\n").append(t.text("newsletter.footer.about")).append("\n").append(t.text("newsletter.pdf"))
                .append(": ").append(links.pdf()).append("\n");
        if (links.unsubscribe() != null) {
            x.append(t.text("newsletter.unsubscribe")).append(": ").append(links.unsubscribe()).append("\n");
        }
        return x.append(t.text("newsletter.footer.privacy")).append("\n").toString();
    }

    private String dateline(IssueContent content) {
        String month = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(content.date());
        return content.number() == null ? month
                : t.text("newsletter.issue-number", String.valueOf(content.number())) + " · " + month;
    }

    private String days(EventRow event) {
        return event.endsOn().equals(event.startsOn()) ? date(event.startsOn())
                : date(event.startsOn()) + " – " + date(event.endsOn());
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    private static void row(StringBuilder h, String inner) {
        h.append("<tr><td style=\"padding:20px 24px;border-bottom:1px solid #e5e7eb\">").append(inner)
                .append("</td></tr>");
    }

    private static String heading(String text) {
        return "<h2 style=\"margin:0 0 4px;font-size:20px;line-height:1.3;color:" + INK + "\">" + esc(text) + "</h2>";
    }

    private static String small(String text) {
        return "<p style=\"margin:4px 0 8px;font-size:13px;line-height:1.45;color:" + MUTED + "\">" + esc(text)
                + "</p>";
    }

    private static String figures(List<String[]> rows) {
        StringBuilder h = new StringBuilder("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" "
                + "cellspacing=\"0\" style=\"border-collapse:collapse;margin:8px 0;font-size:15px\">");
        rows.forEach(r -> h.append("<tr><td style=\"padding:6px 0;border-top:1px solid #e5e7eb;color:").append(MUTED)
                .append("\">").append(esc(r[0])).append("</td><td style=\"padding:6px 0;border-top:1px solid #e5e7eb;"
                        + "text-align:right;font-weight:bold;white-space:nowrap\">").append(esc(r[1]))
                .append(r.length > 2 && !r[2].isEmpty() ? "<br><span style=\"font-weight:normal;font-size:13px;color:"
                        + MUTED + "\">" + esc(r[2]) + "</span>" : "").append("</td></tr>"));
        return h.append("</table>").toString();
    }

    private static String paragraphs(String text, String style) {
        StringBuilder h = new StringBuilder();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            h.append("<p style=\"margin:0 0 12px;").append(style).append("\">")
                    .append(esc(paragraph.trim()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return h.toString();
    }

    private static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\" style=\"color:" + BRAND + "\">" + esc(text) + "</a>";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
