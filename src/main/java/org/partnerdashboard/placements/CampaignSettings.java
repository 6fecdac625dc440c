package org.partnerdashboard.placements;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/** The campaign's goal and period: app.campaign.goal, app.campaign.start, app.campaign.end. */
@ConfigurationProperties("app.campaign")
public record CampaignSettings(
        @DefaultValue("1000") int goal,
        @DefaultValue("2015-01-01") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
        @DefaultValue("2030-03-31") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end) {

    public CampaignSettings {
        if (goal <= 0) {
            throw new IllegalArgumentException("app.campaign.goal must be positive, was " + goal);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("app.campaign.end must come after app.campaign.start");
        }
    }
}
