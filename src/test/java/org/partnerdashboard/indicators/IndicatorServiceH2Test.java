package org.partnerdashboard.indicators;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class IndicatorServiceH2Test extends IndicatorServiceTests {
}
