package org.partnerdashboard.dashboards;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class DisclosureAttackH2Test extends DisclosureAttackTests {
}
