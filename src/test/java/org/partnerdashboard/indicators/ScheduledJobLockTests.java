package org.partnerdashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily BLS refresh runs under a lock row in the shared database (ShedLock): a run takes the lock, and while
 * another instance holds it a run here does nothing and leaves the row alone.
 */
abstract class ScheduledJobLockTests {

    @Autowired
    QcewRefresh refresh;

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Object> lock() {
        return jdbc.queryForMap("SELECT locked_by, locked_at, lock_until FROM shedlock WHERE name = 'qcew-refresh'");
    }

    @Test
    void theRefreshTakesTheSharedLockAndLeavesItToAnotherInstanceThatHoldsIt() {
        jdbc.update("DELETE FROM shedlock");

        refresh.scheduled();

        Map<String, Object> taken = lock();
        assertThat((String) taken.get("locked_by")).isNotBlank().isNotEqualTo("another-instance");
        assertThat(((Timestamp) taken.get("lock_until")).toInstant())
                .as("held a minute after the run, so a second instance starting late does not run it again")
                .isAfter(((Timestamp) taken.get("locked_at")).toInstant());

        Timestamp farAhead = Timestamp.valueOf("2999-01-01 00:00:00");
        jdbc.update("UPDATE shedlock SET locked_by = 'another-instance', lock_until = ? WHERE name = 'qcew-refresh'",
                farAhead);
        refresh.scheduled();

        assertThat(lock().get("locked_by")).isEqualTo("another-instance");
        assertThat(lock().get("lock_until")).isEqualTo(farAhead);
        jdbc.update("DELETE FROM shedlock");
    }
}
