package org.partnerdashboard.placements;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class PlacementImportH2Test extends PlacementImportTests {
}
