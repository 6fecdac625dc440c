package org.partnerdashboard.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads demo data (and the demo users) at start-up only when asked: app.demo-data.enabled (the README's run command
 * sets it), into an empty database; never with the prod profile.
 */
@Component
@Profile("!prod")
@Order(0) // before the first administrator is looked for: demo data brings its own
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoDataGenerator generator;
    private final DemoDataProperties properties;

    DemoDataRunner(DemoDataGenerator generator, DemoDataProperties properties) {
        this.generator = generator;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        if (!generator.databaseIsEmpty()) {
            log.info("Demo data not loaded: the database already has data");
            return;
        }
        log.info("Loading demo data: {} placements, {} suppliers, {} sourcing requests",
                properties.placements(), properties.suppliers(), properties.sourcingRequests());
        generator.generate(properties);
    }
}
