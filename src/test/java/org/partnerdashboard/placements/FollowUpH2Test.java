package org.partnerdashboard.placements;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class FollowUpH2Test extends FollowUpTests {
}
