package org.partnerdashboard.suppliers;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** app.registration.*: how many registrations one network address may send per window. */
@ConfigurationProperties("app.registration")
public record RegistrationSettings(
        @DefaultValue("5") int perAddress,
        @DefaultValue("1h") Duration window) {
}
