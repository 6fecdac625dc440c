package org.partnerdashboard;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class SpacesAccessH2Test extends SpacesAccessTests {
}
