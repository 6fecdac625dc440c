package org.partnerdashboard.indicators;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class ComparisonAreaH2Test extends ComparisonAreaTests {
}
