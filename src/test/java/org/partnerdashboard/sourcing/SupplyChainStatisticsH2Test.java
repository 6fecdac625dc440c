package org.partnerdashboard.sourcing;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class SupplyChainStatisticsH2Test extends SupplyChainStatisticsTests {
}
