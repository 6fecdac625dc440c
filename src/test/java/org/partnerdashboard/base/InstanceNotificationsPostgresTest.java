package org.partnerdashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.dashboards.LiveDashboards;
import org.partnerdashboard.support.EmbeddedPostgres;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Changes travel between instances through PostgreSQL's NOTIFY/LISTEN: what this instance commits is announced, and
 * an announcement of another instance (sent here from a plain connection, as another server would) clears the
 * shared figures and refreshes open dashboards.
 */
@PartnerDashboardTest
@ContextConfiguration(initializers = EmbeddedPostgres.class)
class InstanceNotificationsPostgresTest {

    @Autowired
    InstanceNotifications notifications;

    @Autowired
    SharedResults shared;

    @Autowired
    LiveDashboards dashboards;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aChangeHereIsAnnouncedToTheOtherInstances() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            try (Statement statement = other.createStatement()) {
                statement.execute("LISTEN " + InstanceNotifications.CHANNEL);
            }
            events.publishEvent(new DataChange(Program.SUPPLIERS));
            List<String> heard = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (heard.isEmpty() && System.nanoTime() < deadline) {
                PGNotification[] received = other.unwrap(PGConnection.class).getNotifications(200);
                if (received != null) {
                    for (PGNotification notification : received) {
                        heard.add(notification.getParameter());
                    }
                }
            }
            assertThat(heard).containsExactly(notifications.instance() + ":SUPPLIERS");
        }
    }

    @Test
    void aChangeElsewhereClearsTheSharedFiguresAndRefreshesOpenDashboards() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        shared.get(Program.SOURCING, "open requests", computed::incrementAndGet);
        shared.get(Program.SOURCING, "open requests", computed::incrementAndGet);
        assertThat(computed).hasValue(1);
        CountDownLatch refreshed = new CountDownLatch(1);
        Runnable unsubscribe = dashboards.subscribe(refreshed::countDown);
        try {
            jdbc.queryForList("SELECT pg_notify(?, ?)", InstanceNotifications.CHANNEL, "another-instance:SOURCING");

            assertThat(refreshed.await(3, TimeUnit.SECONDS)).as("an open dashboard refreshed").isTrue();
            shared.get(Program.SOURCING, "open requests", computed::incrementAndGet);
            assertThat(computed).as("computed anew").hasValue(2);
        } finally {
            unsubscribe.run();
        }
    }

    @Test
    void itsOwnAnnouncementsAndUnknownOnesChangeNothing() {
        AtomicInteger computed = new AtomicInteger();
        shared.get(Program.INDICATORS, "latest quarter", computed::incrementAndGet);

        notifications.received(notifications.instance() + ":INDICATORS");
        notifications.received("another-instance:NO_SUCH_PROGRAM");
        notifications.received("no colon");

        shared.get(Program.INDICATORS, "latest quarter", computed::incrementAndGet);
        assertThat(computed).hasValue(1);
    }
}
