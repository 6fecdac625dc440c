package org.partnerdashboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's application context at a real PostgreSQL server (zonky's embedded binaries from Maven Central),
 * started once per test run. Use with {@code @ContextConfiguration(initializers = EmbeddedPostgres.class)}.
 */
public class EmbeddedPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
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

    /** A new, empty database on the shared server, for tests of a first start. */
    public static String freshDatabase(String name) {
        try (var connection = server().getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + server().getJdbcUrl("postgres", "postgres")
                        + "&reWriteBatchedInserts=true",
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres").applyTo(context);
    }
}
