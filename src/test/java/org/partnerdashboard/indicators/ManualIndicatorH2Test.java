package org.partnerdashboard.indicators;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class ManualIndicatorH2Test extends ManualIndicatorTests {
}
