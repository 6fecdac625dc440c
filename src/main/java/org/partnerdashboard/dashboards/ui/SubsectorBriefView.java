package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.BigFigure;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.dashboards.SubsectorBrief;
import org.partnerdashboard.dashboards.SubsectorBriefService;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.exports.ChartDataReader;
import org.partnerdashboard.exports.Provenance;
import org.partnerdashboard.exports.Report;
import org.partnerdashboard.exports.ui.BoardPackButton;
import org.partnerdashboard.exports.ui.ChartCard;
import org.partnerdashboard.exports.ui.ExportContext;
import org.partnerdashboard.exports.ui.Provenances;
import org.partnerdashboard.indicators.Quarter;
import org.partnerdashboard.security.Role;

/**
 * The bi-monthly subsector infographic: "brief/332?area=17031&q=2025-Q4". One page that reads well on screen and
 * prints to one letter page: headline figures with over-the-year arrows, the employment trend, hiring through the
 * campaign and the supplier network.
 */
@Route(value = "brief", autoLayout = false)
@RolesAllowed(Role.Names.STAFF)
public class SubsectorBriefView extends Main implements HasUrlParameter<String>, HasDynamicTitle, ExportContext {

    private final SubsectorBriefService briefs;
    private String title = "";
    private SubsectorBrief brief;

    public SubsectorBriefView(SubsectorBriefService briefs) {
        this.briefs = briefs;
        addClassName("brief");
    }

    @Override
    public void setParameter(BeforeEvent event, String subsectorCode) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String area = query.getOrDefault("area", List.of("17031")).getFirst();
        Quarter quarter = query.containsKey("q") ? Quarter.parse(query.get("q").getFirst()) : null;
        SubsectorBrief brief;
        try {
            brief = briefs.brief(subsectorCode, area, quarter);
        } catch (InvalidInputException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = brief.subsector().label() + " · " + quarter(brief);
        removeAll();
        this.brief = brief;
        add(actions(brief), header(brief), headlines(brief), sinceLastBrief(brief), trend(brief), programs(brief),
                footer(brief));
    }

    private Div actions(SubsectorBrief brief) {
        Button print = new Button(getTranslation("brief.print"), VaadinIcon.PRINT.create(),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(new Anchor("subsectors", getTranslation("brief.back")), print,
                new BoardPackButton("brief-board-pack", "infographic-" + brief.subsector().code() + "-"
                        + brief.quarter().key() + ".pdf", this::boardPack));
        actions.addClassNames("brief-actions", "no-print");
        return actions;
    }

    private Div header(SubsectorBrief brief) {
        Span eyebrow = new Span(getTranslation("brief.eyebrow"));
        eyebrow.addClassName("brief-eyebrow");
        Span period = new Span(brief.areaName() + " · " + quarter(brief));
        period.addClassName("brief-period");
        Span partners = new Span(getTranslation("app.partners"));
        partners.addClassName("brief-partners");
        Div header = new Div(eyebrow, new H1(brief.subsector().label()), period, partners);
        header.addClassName("brief-header");
        return header;
    }

    private Div headlines(SubsectorBrief brief) {
        Div cards = new Div();
        cards.addClassName("brief-headlines");
        for (BriefContent.Headline headline : content().headlines(brief)) {
            Report.Figure figure = headline.figure();
            Span label = new Span(figure.label());
            label.addClassName("brief-label");
            Span value = new Span(figure.value());
            value.addClassName("brief-value");
            Span change = new Span(figure.note());
            change.addClassName("brief-change");
            if (!headline.direction().isEmpty()) {
                change.addClassName(headline.direction());
            }
            Div card = new Div(label, value, change);
            card.addClassName("brief-card");
            cards.add(card);
        }
        return cards;
    }

    private Paragraph sinceLastBrief(SubsectorBrief brief) {
        Paragraph since = new Paragraph(content().sinceLastBrief(brief));
        since.addClassName("brief-since");
        since.setId("brief-since");
        since.setVisible(!since.getText().isEmpty());
        return since;
    }

    private Component trend(SubsectorBrief brief) {
        return new ChartCard("brief-trend", content().trend(brief), "brief-chart");
    }

    private BriefContent content() {
        return new BriefContent(this::getTranslation, getLocale());
    }

    /**
     * The infographic as a PDF: its figures, the trend and the campaign's top employers, with their numbers. The
     * brief is already loaded, so the content is made here and only the PDF is written in the background.
     */
    private Supplier<Report> boardPack() {
        SubsectorBrief shown = brief;
        String period = shown.areaName() + " · " + quarter(shown);
        BriefContent content = content();
        List<Report.Figure> figures = new ArrayList<>(content.headlines(shown).stream()
                .map(BriefContent.Headline::figure).toList());
        figures.add(new Report.Figure(getTranslation("brief.campaign.placements"), shown.placements() == null
                ? getTranslation("figure.suppressed") : Formats.integer(shown.placements(), getLocale()), ""));
        String since = content.sinceLastBrief(shown);
        if (!since.isEmpty()) {
            figures.add(new Report.Figure(getTranslation("brief.since.label"), since, ""));
        }
        figures.add(new Report.Figure(getTranslation("brief.network.suppliers"),
                Formats.integer(shown.approvedSuppliers(), getLocale()), getTranslation("brief.network.note")));
        List<ChartData> charts = new ArrayList<>();
        charts.add(ChartDataReader.read(content.trend(shown)));
        if (!shown.topEmployers().isEmpty()) {
            charts.add(content.topEmployers(shown));
        }
        Provenance provenance = Provenances.of(this, period, exportSource(""), quarter(shown));
        Report report = new Report(shown.subsector().label(), getTranslation("boardpack.brief.subtitle") + " · "
                + period, List.of(provenance.filters()), getTranslation("brief.prepared"), provenance, figures, charts,
                new Report.Texts(getTranslation("boardpack.figures"), getTranslation("boardpack.numbers"),
                        getTranslation("export.category"), getTranslation("boardpack.page", "{0}"),
                        getTranslation("boardpack.withheld")));
        return () -> report;
    }

    @Override
    public String exportFilters() {
        return brief == null ? "" : brief.areaName() + " · " + quarter(brief);
    }

    @Override
    public String exportSource(String chartId) {
        return brief == null ? "" : getTranslation("export.source.qcew", quarter(brief));
    }

    @Override
    public String exportAsOf(String chartId) {
        return brief == null ? null : quarter(brief);
    }

    private Div programs(SubsectorBrief brief) {
        Div campaign = new Div(new H2(getTranslation("brief.campaign.title")));
        Div placed = big(brief.placements() == null ? getTranslation("figure.suppressed")
                : Formats.integer(brief.placements(), getLocale()), getTranslation("brief.campaign.placements"));
        placed.setId("brief-placements");
        campaign.add(placed);
        if (!brief.topEmployers().isEmpty()) {
            OrderedList employers = new OrderedList();
            for (GroupCount employer : brief.topEmployers()) {
                employers.add(new ListItem(employer.label() + " · " + (employer.count() == null
                        ? getTranslation("figure.suppressed") : Formats.integer(employer.count(), getLocale()))));
            }
            campaign.add(new Paragraph(getTranslation("brief.campaign.top-employers")), employers);
        }
        campaign.addClassName("brief-program");
        Div network = new Div(new H2(getTranslation("brief.network.title")),
                big(Formats.integer(brief.approvedSuppliers(), getLocale()), getTranslation("brief.network.suppliers")),
                new Paragraph(getTranslation("brief.network.note")));
        network.addClassName("brief-program");
        Div programs = new Div(campaign, network);
        programs.addClassName("brief-programs");
        return programs;
    }

    private static Div big(String value, String label) {
        return BigFigure.of("brief", value, label);
    }

    private Div footer(SubsectorBrief brief) {
        String source = brief.current() == null ? "" : brief.current().source();
        Div footer = new Div(new Paragraph(getTranslation("brief.sources", source)),
                new Paragraph(getTranslation("brief.prepared")));
        footer.addClassName("brief-footer");
        return footer;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    /** The brief's quarter as readers write it: "2025 Q4", "T4 2025". */
    private String quarter(SubsectorBrief brief) {
        return brief.quarter().label(this::getTranslation);
    }
}
