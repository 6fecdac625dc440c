package org.partnerdashboard.newsletter;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.partnerdashboard.base.Languages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The newsletter's public addresses, for people who are not signed in (and mail programs): the archive, each issue's
 * web version, PDF and images at stable links, and the confirm and unsubscribe links. A link's own page asks for
 * one click (a POST), so a mail scanner following links neither confirms nor unsubscribes anyone; the unsubscribe
 * POST is also the RFC 8058 one-click target mail programs use.
 */
@RestController
public class NewsletterController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final NewsletterArchive archive;
    private final SubscriptionService subscriptions;
    private final I18NProvider texts;

    NewsletterController(NewsletterArchive archive, SubscriptionService subscriptions, I18NProvider texts) {
        this.archive = archive;
        this.subscriptions = subscriptions;
        this.texts = texts;
    }

    @GetMapping("/news")
    public ResponseEntity<String> list(@RequestParam(name = "lang", required = false) String lang,
            @RequestHeader(name = "Accept-Language", required = false) String accept) {
        Locale language = language(lang, accept);
        StringBuilder items = new StringBuilder("<ul style=\"padding-left:20px;line-height:1.7\">");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        for (var issue : archive.published()) {
            String title = "es".equals(language.getLanguage()) && issue.titleEs() != null ? issue.titleEs()
                    : issue.titleEn();
            items.append("<li><a style=\"color:#0b5cad\" href=\"news/").append(issue.number()).append("?lang=")
                    .append(language.getLanguage()).append("\">").append(esc(title)).append("</a> · ")
                    .append(esc(text(language, "newsletter.issue-number", String.valueOf(issue.number()))))
                    .append(" · ").append(date.format(issue.sentAt().atZone(ZoneId.of("America/Chicago"))))
                    .append("</li>");
        }
        items.append("</ul>");
        if (archive.published().isEmpty()) {
            items = new StringBuilder("<p>" + esc(text(language, "newsletter.archive.empty")) + "</p>");
        }
        return page(language, text(language, "newsletter.archive.title"), items
                + "<p><a style=\"color:#0b5cad\" href=\"subscribe\">" + esc(text(language, "newsletter.subscribe"))
                + "</a></p>");
    }

    @GetMapping("/news/{number:\\d+}")
    public ResponseEntity<String> issue(@PathVariable int number,
            @RequestParam(name = "lang", required = false) String lang,
            @RequestHeader(name = "Accept-Language", required = false) String accept) {
        return archive.webVersion(number, language(lang, accept).getLanguage())
                .map(html -> ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).body(html))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/news/{number:\\d+}.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable int number,
            @RequestParam(name = "lang", required = false) String lang) {
        String language = language(lang, null).getLanguage();
        return archive.pdf(number, language).map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", "inline; filename=\"newsletter-" + number + "-" + language
                                + ".pdf\"").body(pdf))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/news/{number:\\d+}/{lang:[a-z]{2}}/{name:[a-z0-9-]+}.png")
    public ResponseEntity<byte[]> image(@PathVariable int number, @PathVariable String lang,
            @PathVariable String name) {
        return archive.image(number, lang, name).map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic()).body(png))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/news/confirm/{token}")
    public ResponseEntity<String> confirmPage(@PathVariable String token,
            @RequestHeader(name = "Accept-Language", required = false) String accept) {
        Locale language = language(null, accept);
        return page(language, text(language, "subscribe.confirm.title"), "<p>"
                + esc(text(language, "subscribe.confirm.ask")) + "</p>" + button("news/confirm/" + token,
                text(language, "subscribe.confirm.action")));
    }

    @PostMapping("/news/confirm/{token}")
    public ResponseEntity<String> confirm(@PathVariable String token,
            @RequestHeader(name = "Accept-Language", required = false) String accept) {
        Locale language = language(null, accept);
        boolean done = subscriptions.confirm(token);
        return page(language, text(language, "subscribe.confirm.title"), "<p>"
                + esc(text(language, done ? "subscribe.confirm.done" : "subscribe.confirm.unknown")) + "</p>");
    }

    @GetMapping("/news/unsubscribe/{token}")
    public ResponseEntity<String> unsubscribePage(@PathVariable String token,
            @RequestHeader(name = "Accept-Language", required = false) String accept) {
        Locale language = language(null, accept);
        if (!subscriptions.knownUnsubscribeLink(token)) {
            return page(language, text(language, "unsubscribe.title"), "<p>"
                    + esc(text(language, "unsubscribe.unknown")) + "</p>");
        }
        return page(language, text(language, "unsubscribe.title"), "<p>" + esc(text(language, "unsubscribe.ask"))
                + "</p>" + button("news/unsubscribe/" + token, text(language, "unsubscribe.action")));
    }

    /** The page's button and mail programs' one-click (RFC 8058) both land here; either way it is done at once. */
    @PostMapping("/news/unsubscribe/{token}")
    public ResponseEntity<String> unsubscribe(@PathVariable String token,
            @RequestHeader(name = "Accept-Language", required = false) String accept) {
        Locale language = language(null, accept);
        boolean done = subscriptions.unsubscribe(token);
        return page(language, text(language, "unsubscribe.title"), "<p>"
                + esc(text(language, done ? "unsubscribe.done" : "unsubscribe.unknown")) + "</p>");
    }

    private ResponseEntity<String> page(Locale language, String title, String body) {
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><base href=\"/\"><title>"
                + esc(title) + "</title></head><body style=\"margin:0;background:#eef2f7;font-family:Arial,Helvetica,"
                + "sans-serif;color:#1f2a37\"><main style=\"max-width:600px;margin:0 auto;background:#fff;"
                + "padding:24px\"><p style=\"font-size:13px;text-transform:uppercase;letter-spacing:0.04em;color:"
                + IssueRenderer.BRAND + "\">" + esc(text(language, "newsletter.masthead")) + "</p><h1 style=\"font-size:"
                + "26px\">" + esc(title) + "</h1>" + body + "</main></body></html>";
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore()).body(html);
    }

    private static String button(String action, String label) {
        return "<form method=\"post\" action=\"" + esc(action) + "\"><button type=\"submit\" style=\"background:"
                + IssueRenderer.BRAND + ";color:#fff;border:0;border-radius:4px;padding:12px 20px;font-size:16px;"
                + "cursor:pointer\">" + esc(label) + "</button></form>";
    }

    private Locale language(String lang, String acceptLanguage) {
        if (lang != null) {
            return Languages.closest(Locale.forLanguageTag(lang));
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                var ranges = Locale.LanguageRange.parse(acceptLanguage);
                Locale best = Locale.lookup(ranges, Languages.SUPPORTED);
                if (best == null && !ranges.isEmpty()) {
                    best = Locale.forLanguageTag(ranges.getFirst().getRange());
                }
                return Languages.closest(best);
            } catch (IllegalArgumentException malformed) {
                return Languages.ENGLISH;
            }
        }
        return Languages.ENGLISH;
    }

    private String text(Locale language, String key, Object... arguments) {
        return texts.getTranslation(key, language, arguments);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
