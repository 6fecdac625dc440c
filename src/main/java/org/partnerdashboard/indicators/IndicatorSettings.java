package org.partnerdashboard.indicators;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** app.indicators.*: a folder of BLS QCEW files to import at start-up (e.g. each quarter's downloads), or none. */
@ConfigurationProperties("app.indicators")
public record IndicatorSettings(String importFolder) {
}
