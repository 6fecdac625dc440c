package org.partnerdashboard.placements;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class PlacementAccessH2Test extends PlacementAccessTests {
}
