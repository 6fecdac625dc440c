package org.partnerdashboard.suppliers;

import org.partnerdashboard.support.PartnerDashboardTest;

@PartnerDashboardTest
class SupplierImportBenchmarkH2 extends SupplierImportBenchmark {

    @Override
    String database() {
        return "H2";
    }
}
