package org.partnerdashboard.placements;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class PlacementMonthCountsH2Test extends PlacementMonthCountsTests {
}
