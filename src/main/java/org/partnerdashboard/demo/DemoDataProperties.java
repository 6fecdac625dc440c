package org.partnerdashboard.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * app.demo-data.*: whether to load demo data into an empty database, and how much.
 * The defaults give a realistic campaign; benchmarks use 1,000,000 placements and 50,000 suppliers.
 */
@ConfigurationProperties("app.demo-data")
public record DemoDataProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("860") int placements,
        @DefaultValue("1200") int suppliers,
        @DefaultValue("150") int sourcingRequests,
        @DefaultValue("2015") long seed) {

    public DemoDataProperties {
        if (placements < 0 || suppliers < 0 || sourcingRequests < 0) {
            throw new IllegalArgumentException("app.demo-data sizes cannot be negative");
        }
    }
}
