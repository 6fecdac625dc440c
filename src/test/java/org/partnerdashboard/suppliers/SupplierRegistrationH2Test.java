package org.partnerdashboard.suppliers;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class SupplierRegistrationH2Test extends SupplierRegistrationTests {
}
