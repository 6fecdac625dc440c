package org.partnerdashboard.demo;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class DemoDataH2Test extends DemoDataTests {
}
