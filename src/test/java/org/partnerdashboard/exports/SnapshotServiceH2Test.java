package org.partnerdashboard.exports;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class SnapshotServiceH2Test extends SnapshotServiceTests {
}
