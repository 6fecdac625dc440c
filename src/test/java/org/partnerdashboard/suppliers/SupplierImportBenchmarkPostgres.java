package org.partnerdashboard.suppliers;

import org.partnerdashboard.support.EmbeddedPostgres;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.test.context.ContextConfiguration;

@PartnerDashboardTest
@ContextConfiguration(initializers = EmbeddedPostgres.class)
class SupplierImportBenchmarkPostgres extends SupplierImportBenchmark {

    @Override
    String database() {
        return "PostgreSQL";
    }
}
