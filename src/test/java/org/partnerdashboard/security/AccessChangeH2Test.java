package org.partnerdashboard.security;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class AccessChangeH2Test extends AccessChangeTests {
}
