package org.partnerdashboard.calendar;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a person's calendar feed to their calendar app, which cannot sign in: the link's secret is the key, and an
 * unknown or revoked one gets 404 (not 401, which would invite a password).
 */
@RestController
public class CalendarFeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/feeds/calendar/{token}.ics")
    public ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.ics(token).map(ics -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore()).body(ics))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
