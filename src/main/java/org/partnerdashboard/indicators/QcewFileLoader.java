package org.partnerdashboard.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads QCEW files without a signed-in user: the sample shipped with the demo data, and at start-up every
 * {@code *.csv} in {@code app.indicators.import-folder} (in name order; each whole or not at all, problems logged).
 */
@Component
@Order(10) // after the demo data, so a folder can revise the bundled sample
public class QcewFileLoader implements ApplicationRunner {

    /** Real BLS lines for Cook County, 2016: the demo data's official figures. */
    public static final String BUNDLED_SAMPLE = "qcew/cook_17031_2016_mfg_private_subset.csv";
    private static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(QcewFileLoader.class);

    private final QcewImporter importer;
    private final IndicatorSettings settings;

    QcewFileLoader(QcewImporter importer, IndicatorSettings settings) {
        this.importer = importer;
        this.settings = settings;
    }

    /** Two peer metro areas' real BLS lines, 2016: the demo's areas to compare with, by area code and name. */
    public static final Map<String, String> BUNDLED_PEERS = Map.of(
            "C1982", "Detroit-Warren-Dearborn, MI MSA", "C3334", "Milwaukee-Waukesha-West Allis, WI MSA");
    private static final List<String> BUNDLED_PEER_FILES = List.of("qcew/detroit_C1982_2016_mfg_private_subset.csv",
            "qcew/milwaukee_C3334_2016_mfg_private_subset.csv");

    /** Cook County's sample, then the peer metro areas' (whose areas must be followed first). */
    public long loadBundledSamples() {
        long added = 0;
        for (String resource : Stream.concat(Stream.of(BUNDLED_SAMPLE), BUNDLED_PEER_FILES.stream()).toList()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                added += log(importer.importFile(UUID.randomUUID().toString(),
                        Path.of(resource).getFileName().toString(), in.readAllBytes(), SYSTEM)).added();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return added;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (settings.importFolder() == null || settings.importFolder().isBlank()) {
            return;
        }
        Path folder = Path.of(settings.importFolder());
        if (!Files.isDirectory(folder)) {
            log.error("app.indicators.import-folder {} is not a folder: nothing imported", folder.toAbsolutePath());
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".csv")).sorted().toList();
        }
        String batch = UUID.randomUUID().toString(); // one folder, one entry of the history
        for (Path file : files) {
            log(importer.importFile(batch, file.getFileName().toString(), Files.readAllBytes(file), SYSTEM));
        }
    }

    private static QcewImportResult log(QcewImportResult result) {
        if (result.imported()) {
            log.info("QCEW {}: {} lines kept ({} added, {} revised, {} unchanged), {} ignored", result.fileName(),
                    result.kept(), result.added(), result.updated(), result.unchanged(), result.ignored());
        } else {
            result.problems().forEach(p -> log.error("QCEW {} not imported: line {}: {} {}", result.fileName(),
                    p.line(), p.messageKey(), p.arguments()));
        }
        return result;
    }
}
