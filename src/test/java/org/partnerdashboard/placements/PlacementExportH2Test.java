package org.partnerdashboard.placements;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class PlacementExportH2Test extends PlacementExportTests {
}
