package org.partnerdashboard.indicators;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class QcewRefreshH2Test extends IndicatorServiceTests {
}
