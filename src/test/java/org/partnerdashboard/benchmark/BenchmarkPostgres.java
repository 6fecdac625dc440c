package org.partnerdashboard.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** The benchmark's PostgreSQL: a given server, or an embedded one whose data outlive the run (seeding takes minutes). */
class BenchmarkPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = System.getProperty("bench.pg.url");
        if (url != null) {
            TestPropertyValues.of("spring.datasource.url=" + url,
                    "spring.datasource.username=" + System.getProperty("bench.pg.user", "partner_dashboard"),
                    "spring.datasource.password=" + System.getProperty("bench.pg.password", "")).applyTo(context);
            return;
        }
        TestPropertyValues.of("spring.datasource.url=" + server().getJdbcUrl("postgres", "postgres")
                + "&reWriteBatchedInserts=true", "spring.datasource.username=postgres",
                "spring.datasource.password=postgres").applyTo(context);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path data = Path.of("target", "bench-pg").toAbsolutePath();
                Files.createDirectories(data);
                server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                        .setPGStartupWait(Duration.ofMinutes(2)).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the benchmark's PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            }));
        }
        return server;
    }
}
