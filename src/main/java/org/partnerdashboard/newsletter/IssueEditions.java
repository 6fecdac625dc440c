package org.partnerdashboard.newsletter;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnerdashboard.base.Languages;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.exports.ChartExportService;
import org.partnerdashboard.exports.Provenance;
import org.springframework.stereotype.Component;

/**
 * Renders an issue in each language: the e-mail edition, its chart images (drawn by the chart exports, so they
 * match every other export) and its PDF.
 */
@Component
class IssueEditions {

    /** An issue in one language with everything it needs. */
    record Rendered(Edition edition, String webHtml, Map<String, byte[]> images, byte[] pdf) {
    }

    private final ChartExportService exports;
    private final I18NProvider texts;

    IssueEditions(ChartExportService exports, I18NProvider texts) {
        this.exports = exports;
        this.texts = texts;
    }

    static List<Locale> languages() {
        return Languages.SUPPORTED;
    }

    static String webVersion(String linkBase, int number, String language) {
        return linkBase + "news/" + number + "?lang=" + language;
    }

    /** The edition recipients get: images attached inline, the unsubscribe link still a placeholder. */
    Rendered forSending(IssueContent content, Locale language, String linkBase) {
        Translation t = translation(language);
        String lang = language.getLanguage();
        IssueLinks links = new IssueLinks(webVersion(linkBase, content.number(), lang),
                linkBase + "news/" + content.number() + ".pdf?lang=" + lang, IssueLinks.UNSUBSCRIBE_PLACEHOLDER,
                linkBase + "subscribe");
        IssueRenderer renderer = new IssueRenderer(t, language);
        Edition edition = renderer.render(content, links, name -> "cid:" + name);
        String web = renderer.render(content, new IssueLinks(null, links.pdf(), null, links.subscribe()),
                name -> linkBase + "news/" + content.number() + "/" + lang + "/" + name + ".png").html();
        Map<String, ChartData> charts = IssueCharts.of(content, t);
        Map<String, byte[]> images = new LinkedHashMap<>();
        charts.forEach((name, chart) -> images.put(name, exports.compactPng(chart, provenance(t, language, content),
                language)));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exports.report(IssuePdf.report(content, edition, charts, t, language, date(content, language)), language, pdf,
                progress -> { });
        return new Rendered(edition, web, images, pdf.toByteArray());
    }

    /** The preview: exactly the e-mail, with the images inline as data so the page needs nothing else. */
    Edition preview(IssueContent content, Locale language, String linkBase) {
        Translation t = translation(language);
        Map<String, String> sources = new LinkedHashMap<>();
        IssueCharts.of(content, t).forEach((name, chart) -> sources.put(name, "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(exports.compactPng(chart, provenance(t, language, content),
                        language))));
        IssueLinks links = new IssueLinks(linkBase + "news", linkBase + "news", linkBase + "news", linkBase
                + "subscribe");
        return new IssueRenderer(t, language).render(content, links, sources::get);
    }

    private Provenance provenance(Translation t, Locale language, IssueContent content) {
        return new Provenance(t.text("newsletter.masthead"), "", t.text("export.source", "BLS QCEW"),
                t.text("export.as-of", date(content, language)));
    }

    private static String date(IssueContent content, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(content.date());
    }

    private Translation translation(Locale language) {
        return (key, arguments) -> texts.getTranslation(key, language, arguments);
    }
}
