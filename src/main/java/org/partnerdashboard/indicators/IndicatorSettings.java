package org.partnerdashboard.indicators;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * app.indicators.*: a folder of BLS QCEW files to import at start-up (e.g. each quarter's downloads), or none; and
 * the automatic refresh from BLS's open data, off unless an operator turns it on.
 */
@ConfigurationProperties("app.indicators")
public record IndicatorSettings(String importFolder, @DefaultValue Refresh refresh) {

    /**
     * @param baseUrl          where BLS's open-data CSV slices are: {base}/{year}/{quarter}/area/{area}.csv
     * @param attempts         tries per file before it counts as failed
     * @param firstRetryAfter  the wait before the second try, doubled before each next one
     * @param revisedQuarters  how many of the latest stored quarters are fetched again, as BLS revises them
     */
    public record Refresh(@DefaultValue("false") boolean enabled,
            @DefaultValue("https://data.bls.gov/cew/data/api") String baseUrl,
            @DefaultValue("3") int attempts, @DefaultValue("PT1M") Duration firstRetryAfter,
            @DefaultValue("4") int revisedQuarters, @DefaultValue("PT30S") Duration timeout) {
    }
}
