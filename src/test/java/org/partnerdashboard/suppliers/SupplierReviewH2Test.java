package org.partnerdashboard.suppliers;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class SupplierReviewH2Test extends SupplierReviewTests {
}
