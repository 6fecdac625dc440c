package org.partnerdashboard.sourcing;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class SupplyChainSpacesH2Test extends SupplyChainSpacesTests {
}
