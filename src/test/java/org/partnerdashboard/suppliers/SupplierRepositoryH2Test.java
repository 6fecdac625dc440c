package org.partnerdashboard.suppliers;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class SupplierRepositoryH2Test extends SupplierRepositoryTests {
}
