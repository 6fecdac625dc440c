package org.partnerdashboard.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * app.admin.*: the first administrator of a new installation (APP_ADMIN_USERNAME, APP_ADMIN_PASSWORD), created at
 * start-up only while no administrator exists; the organization by its name.
 */
@ConfigurationProperties("app.admin")
public record AdministratorSettings(String username, String password,
        @DefaultValue("World Business Chicago") String organization) {

    boolean configured() {
        return username != null && !username.isBlank() && password != null && !password.isEmpty();
    }
}
