package org.partnerdashboard.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The default H2 file database's online backup: each night H2's {@code BACKUP TO} writes a consistent zip of the
 * database while it serves (restore with {@code org.h2.tools.Restore}, docs/operations.md), and only the newest
 * {@code app.backup.keep} are kept. PostgreSQL is backed up with pg_dump instead; an in-memory database not at all.
 */
@Component
public class DatabaseBackups {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackups.class);
    static final String PREFIX = "partner-dashboard-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final String url;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    DatabaseBackups(DataSource dataSource, @Value("${spring.datasource.url:}") String url,
            @Value("${app.backup.folder:./backups}") Path folder, @Value("${app.backup.keep:14}") int keep,
            Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.url = url;
        this.folder = folder;
        this.keep = Math.max(1, keep);
        this.clock = clock;
    }

    /** Whether this database is one H2 backs up to a file (an H2 file database). */
    public boolean applies() {
        return url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./") || url.startsWith("jdbc:h2:~");
    }

    @Scheduled(cron = "${app.backup.cron:0 15 2 * * *}", zone = "America/Chicago")
    @SchedulerLock(name = "h2-backup", lockAtMostFor = "PT1H")
    public void nightly() {
        if (applies()) {
            Path written = backUp();
            LOG.info("Database backed up to {}", written);
        }
    }

    /** Writes a backup now and prunes the oldest beyond the number kept; returns the file written. */
    public Path backUp() {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(PREFIX + STAMP.format(clock.instant()) + ".zip").toAbsolutePath();
            jdbc.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            prune();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backups kept, newest first. */
    public List<Path> kept() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                            && f.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prune() throws IOException {
        List<Path> backups = kept();
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            Files.deleteIfExists(old);
        }
    }
}
