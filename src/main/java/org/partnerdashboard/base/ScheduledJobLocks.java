package org.partnerdashboard.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must run once for all instances (the BLS refresh) take a lock row in the shared database
 * first (ShedLock, {@code @SchedulerLock}); the database's clock decides, so instances' clocks need not agree. Jobs
 * about one instance's own sessions run everywhere and take no lock.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ScheduledJobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }
}
