package org.partnerdashboard.placements;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class JobSeekerServiceH2Test extends JobSeekerServiceTests {
}
