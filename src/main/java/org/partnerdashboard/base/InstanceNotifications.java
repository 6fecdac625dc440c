package org.partnerdashboard.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the other instances sharing the PostgreSQL database that data changed, through PostgreSQL itself
 * ({@code NOTIFY}/{@code LISTEN}, no broker): each committed {@link DataChange} is announced on a channel with this
 * instance's id, and each announcement from another instance is published here as a change made elsewhere, so
 * shared figures are recomputed and open dashboards refresh on every instance. Does nothing on H2 (one instance).
 */
@Component
public class InstanceNotifications implements SmartLifecycle {

    static final String CHANNEL = "partner_dashboard_changes";
    private static final Logger LOG = LoggerFactory.getLogger(InstanceNotifications.class);
    private static final int WAIT_MILLIS = 250;
    private static final long RETRY_MILLIS = 2_000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running;
    private Thread listener;

    InstanceNotifications(DataSource dataSource, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** This instance's id, as it signs its announcements. */
    public String instance() {
        return instance;
    }

    /** After the change commits, the other instances hear of it. */
    @TransactionalEventListener(fallbackExecution = true)
    void announce(DataChange change) {
        if (running && !change.elsewhere()) {
            jdbc.queryForList("SELECT pg_notify(?, ?)", CHANNEL, instance + ":" + change.program().name());
        }
    }

    @Override
    public void start() {
        if (!onPostgres()) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().name("instance-notifications").daemon().start(this::listen);
    }

    private boolean onPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Holds one connection that listens; reconnects after a failure (a database restart, a dropped connection). */
    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = postgres.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            received(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException failure) {
                if (running) {
                    LOG.warn("Listening for other instances' changes failed; trying again: {}", failure.getMessage());
                    sleep();
                }
            }
        }
    }

    /** An announcement "instance:PROGRAM"; this instance's own are ignored (it already acted on them). */
    void received(String announcement) {
        int colon = announcement.lastIndexOf(':');
        if (colon < 0 || announcement.substring(0, colon).equals(instance)) {
            return;
        }
        try {
            events.publishEvent(new DataChange(Program.valueOf(announcement.substring(colon + 1)), true));
        } catch (IllegalArgumentException unknown) {
            LOG.warn("Ignored an announcement of an unknown program: {}", announcement);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
