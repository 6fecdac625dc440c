package org.partnerdashboard.benchmark;

import org.springframework.test.context.TestPropertySource;

/** On an H2 file database, as the zero-setup default runs; seeded once into target/bench-h2, then reused. */
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:file:./target/bench-h2/large",
        "app.demo-data.placements=1000000", "app.demo-data.suppliers=50000", "app.demo-data.sourcing-requests=20000"})
class PerformanceBenchmarkH2 extends PerformanceBenchmark {

    @Override
    String database() {
        return "H2";
    }
}
