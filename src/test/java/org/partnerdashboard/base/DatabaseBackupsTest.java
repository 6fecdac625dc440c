package org.partnerdashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The H2 file database's backup restores into an empty folder with every row of every table; only the newest
 * backups are kept. (The tests' own database lives in memory, which H2 does not back up: its rows are copied into a
 * file database first.)
 */
@PartnerDashboardTest
class DatabaseBackupsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @TempDir
    Path folder;

    private static Map<String, Long> rowsPerTable(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", String.class);
        Map<String, Long> rows = new TreeMap<>();
        tables.forEach(t -> rows.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM \"PUBLIC\".\"" + t + "\"",
                Long.class)));
        return rows;
    }

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseWithEveryRow() {
        Path dump = folder.resolve("copy.sql");
        new JdbcTemplate(dataSource).execute("SCRIPT TO '" + dump + "'");
        Map<String, Long> original = rowsPerTable(new JdbcTemplate(dataSource));
        String liveUrl = "jdbc:h2:file:" + folder.resolve("live/partner-dashboard");
        SingleConnectionDataSource live = new SingleConnectionDataSource(liveUrl, "sa", "", true);
        try {
            new JdbcTemplate(live).execute("RUNSCRIPT FROM '" + dump + "'");
            DatabaseBackups backups = new DatabaseBackups(live, liveUrl, folder.resolve("backups"), 14, clock);
            assertThat(backups.applies()).isTrue();

            Path zip = backups.backUp();

            Restore.execute(zip.toString(), folder.resolve("restored").toString(), "partner-dashboard");
            SingleConnectionDataSource restored = new SingleConnectionDataSource("jdbc:h2:file:"
                    + folder.resolve("restored/partner-dashboard") + ";IFEXISTS=TRUE", "sa", "", true);
            try {
                Map<String, Long> back = rowsPerTable(new JdbcTemplate(restored));
                assertThat(back).isEqualTo(original);
                assertThat(back.get("PLACEMENT")).isEqualTo(300L);
                assertThat(back.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(5_000);
            } finally {
                restored.destroy();
            }
        } finally {
            live.destroy();
        }
    }

    @Test
    void onlyTheNewestBackupsAreKept() {
        String liveUrl = "jdbc:h2:file:" + folder.resolve("small/db");
        SingleConnectionDataSource live = new SingleConnectionDataSource(liveUrl, "sa", "", true);
        try {
            new JdbcTemplate(live).execute("CREATE TABLE note (id INT PRIMARY KEY)");
            for (int night = 0; night < 4; night++) {
                new DatabaseBackups(live, liveUrl, folder.resolve("backups"), 2,
                        Clock.offset(clock, Duration.ofDays(night))).backUp();
            }
            DatabaseBackups backups = new DatabaseBackups(live, liveUrl, folder.resolve("backups"), 2, clock);
            assertThat(backups.kept()).extracting(p -> p.getFileName().toString())
                    .containsExactly("partner-dashboard-20260618-150000.zip", "partner-dashboard-20260617-150000.zip");
            assertThat(new DatabaseBackups(dataSource, "jdbc:h2:mem:test", folder, 2, clock).applies())
                    .as("an in-memory database is not backed up").isFalse();
        } finally {
            live.destroy();
        }
    }
}
