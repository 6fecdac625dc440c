package org.partnerdashboard.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * app.security.*: sign-in throttling (per account, and per network address across accounts, both over the lockout
 * period), password rules and how long an invitation's link stays open.
 */
@ConfigurationProperties("app.security")
public record SecuritySettings(
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("12") int minPasswordLength,
        @DefaultValue("20") int maxFailedSignInsPerAddress,
        @DefaultValue("7d") Duration invitationValidity) {
}
