package org.partnerdashboard.benchmark;

import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * On PostgreSQL: zonky's embedded server with its data kept in target/bench-pg (seeded once, then reused), or the
 * server at {@code -Dbench.pg.url} (with {@code bench.pg.user} and {@code bench.pg.password}).
 */
@ContextConfiguration(initializers = BenchmarkPostgres.class)
@TestPropertySource(properties = {"app.demo-data.placements=1000000", "app.demo-data.suppliers=50000",
        "app.demo-data.sourcing-requests=20000"})
class PerformanceBenchmarkPostgres extends PerformanceBenchmark {

    @Override
    String database() {
        return "PostgreSQL";
    }
}
