package org.partnerdashboard.sourcing;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class ScoutingRankingH2Test extends ScoutingRankingTests {
}
