package org.partnerdashboard.sourcing;

import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.test.context.TestPropertySource;

/** On an H2 file database, as the zero-setup default runs. */
@PartnerDashboardTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:file:./target/bench-h2/supply-chain",
        "app.demo-data.placements=2000", "app.demo-data.suppliers=50000", "app.demo-data.sourcing-requests=20000"})
class SupplyChainBenchmarkH2 extends SupplyChainBenchmark {
}
