package org.partnerdashboard.placements;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class PlacementServiceH2Test extends PlacementServiceTests {
}
