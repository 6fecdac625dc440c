package org.partnerdashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing left untranslated: both languages have the same keys with the same placeholders, every key the code names
 * exists, Spanish texts are not English ones copied over, and the views pass no prose to components directly.
 */
class TranslationBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final Path SOURCES = Path.of("src/main/java");

    /** The same in both languages on purpose: names of programs and organizations, codes and symbols. */
    private static final Set<String> SAME_IN_BOTH = Set.of("app.name", "app.partners", "dashboard.goal-chart.title",
            "figure.suppressed", "placements.subsector", "grid.download", "login.intro", "import-field.EXTERNAL_ID",
            "nav.supply-chain", "answer.no", "certification.ISO_9001", "certification.NADCAP", "diversity.HUBZONE",
            "supplier.buy-america", "registration.program", "supply-chain.title", "explorer.share.subtitle",
            "subsectors.subsector", "brief.no-figure", "brief.network.title", "overview.filter.subsector",
            "roundtable.campaign", "export.branding", "export.source.qcew", "language.en", "language.es",
            "chart.summary.series", "chart.summary.point", "target-type.ALL");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties english = bundle("translations.properties");
        Properties spanish = bundle("translations_es.properties");

        assertThat(spanish.stringPropertyNames()).as("keys missing in Spanish")
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys missing in English")
                .containsAll(spanish.stringPropertyNames());
    }

    @Test
    void eachTranslationUsesTheSamePlaceholders() throws IOException {
        Properties english = bundle("translations.properties");
        Properties spanish = bundle("translations_es.properties");
        List<String> different = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (!placeholders(english.getProperty(key)).equals(placeholders(spanish.getProperty(key, "")))) {
                different.add(key);
            }
        }
        assertThat(different).as("keys whose Spanish text uses other placeholders").isEmpty();
    }

    @Test
    void textsWithPlaceholdersDoubleTheirApostrophes() throws IOException {
        // a single apostrophe opens a quoted part in MessageFormat: "the file's name is {0}" would show "{0}"
        Pattern single = Pattern.compile("(?<!')'(?!')");
        List<String> quoting = new ArrayList<>();
        for (String file : List.of("translations.properties", "translations_es.properties")) {
            Properties texts = bundle(file);
            texts.stringPropertyNames().stream().filter(key -> PLACEHOLDER.matcher(texts.getProperty(key)).find())
                    .filter(key -> single.matcher(texts.getProperty(key)).find())
                    .forEach(key -> quoting.add(file + ": " + key));
        }
        assertThat(quoting).as("texts whose single apostrophe would hide their placeholders").isEmpty();
    }

    @Test
    void spanishTextsAreTranslatedNotCopied() throws IOException {
        Properties english = bundle("translations.properties");
        Properties spanish = bundle("translations_es.properties");
        List<String> copied = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).equals(spanish.getProperty(key)))
                .filter(key -> !SAME_IN_BOTH.contains(key)).sorted().toList();
        assertThat(copied).as("Spanish texts identical to the English ones").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties english = bundle("translations.properties");
        Set<String> prefixes = new TreeSet<>();
        english.stringPropertyNames().stream().filter(key -> key.contains("."))
                .forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        Pattern literal = Pattern.compile("\"([a-z][a-z0-9-]*\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])\"");
        Set<String> unknown = new TreeSet<>();
        for (Path file : javaFiles()) {
            if (file.toString().contains("/demo/")) {
                continue; // the demo data's texts are data (usernames such as supplier.demo), never shown by key
            }
            Matcher m = literal.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1);
                if (isConfigurationPrefix(m.group(), file)) {
                    continue;
                }
                if (prefixes.stream().anyMatch(key::startsWith) && !english.containsKey(key)
                        && !isPrefixOfKeys(key, english)) {
                    unknown.add(key + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(unknown).as("keys named in code but missing from the bundles").isEmpty();
    }

    @Test
    void viewsPassNoProseToComponents() throws IOException {
        // a literal with a capital letter or a space given to a component's text, label or title: words that a
        // Spanish reader would see in English
        Pattern prose = Pattern.compile("(new (Span|H1|H2|H3|H4|Paragraph|Button|Div|Label|NativeLabel|Text|Checkbox"
                + "|TextField|TextArea|ComboBox|Select|DatePicker|Tab|Details)\\(|\\.(setText|setLabel|setHeader"
                + "|setPlaceholder|setHelperText|setTitle|setAriaLabel|setErrorMessage|setTooltipText|setHeaderText"
                + "|setConfirmText|setCancelText|setRejectText|addItem|setName|setSubtitle)\\(|Messages\\.(success|error)\\("
                + "|Notification\\.show\\()"
                + "\"([^\"]*(?:[A-Z]|[a-z] [a-z])[^\"]*)\"");
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            Matcher m = prose.matcher(Files.readString(file));
            while (m.find()) {
                found.add(file.getFileName() + ": " + m.group());
            }
        }
        assertThat(found).as("user-facing text written in views instead of the bundles").isEmpty();
    }

    /** {@code @ConfigurationProperties("app.security")} names settings, not texts. */
    private static boolean isConfigurationPrefix(String literal, Path file) throws IOException {
        return Files.readString(file).contains("@ConfigurationProperties(" + literal + ")");
    }

    private static boolean isPrefixOfKeys(String text, Properties bundle) {
        return bundle.stringPropertyNames().stream().anyMatch(key -> key.startsWith(text + "."));
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            indexes.add(Integer.valueOf(m.group(1)));
        }
        return indexes;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
