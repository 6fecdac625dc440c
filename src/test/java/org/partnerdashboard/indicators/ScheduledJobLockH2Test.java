package org.partnerdashboard.indicators;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class ScheduledJobLockH2Test extends ScheduledJobLockTests {
}
