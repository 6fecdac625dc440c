package org.partnerdashboard.placements;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class CampaignPacingH2Test extends CampaignPacingTests {
}
