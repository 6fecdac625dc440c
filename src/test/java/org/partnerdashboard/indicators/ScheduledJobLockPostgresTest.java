package org.partnerdashboard.indicators;

import org.partnerdashboard.support.EmbeddedPostgres;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.test.context.ContextConfiguration;

@PartnerDashboardTest
@ContextConfiguration(initializers = EmbeddedPostgres.class)
class ScheduledJobLockPostgresTest extends ScheduledJobLockTests {
}
