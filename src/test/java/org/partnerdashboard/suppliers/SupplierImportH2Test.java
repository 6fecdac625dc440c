package org.partnerdashboard.suppliers;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class SupplierImportH2Test extends SupplierImportTests {
}
