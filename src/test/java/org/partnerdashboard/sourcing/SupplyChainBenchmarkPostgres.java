package org.partnerdashboard.sourcing;

import org.partnerdashboard.support.EmbeddedPostgres;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/** On PostgreSQL (zonky's embedded server). */
@PartnerDashboardTest
@ContextConfiguration(initializers = EmbeddedPostgres.class)
@TestPropertySource(properties = {"app.demo-data.placements=2000", "app.demo-data.suppliers=50000",
        "app.demo-data.sourcing-requests=20000"})
class SupplyChainBenchmarkPostgres extends SupplyChainBenchmark {
}
