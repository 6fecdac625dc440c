package org.partnerdashboard;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Partner Dashboard: one Vaadin UI over one data model for WBC, IMEC and IMA. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling // OpenSessions' check of access changes
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Push // dashboards update themselves when the data changes
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** One clock for the whole app, so tests can pin "today". */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
