package org.partnerdashboard.indicators;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class QcewImportH2Test extends QcewImportTests {
}
