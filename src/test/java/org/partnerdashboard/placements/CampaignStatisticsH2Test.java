package org.partnerdashboard.placements;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class CampaignStatisticsH2Test extends CampaignStatisticsTests {
}
