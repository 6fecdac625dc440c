package org.partnerdashboard.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, after demo data: the first administrator from settings, or the set-up page's code. */
@Component
@Order(100)
class FirstAdministratorRunner implements ApplicationRunner {

    private final FirstAdministrator firstAdministrator;

    FirstAdministratorRunner(FirstAdministrator firstAdministrator) {
        this.firstAdministrator = firstAdministrator;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstAdministrator.onStart();
    }
}
