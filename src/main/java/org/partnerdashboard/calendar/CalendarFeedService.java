package org.partnerdashboard.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.partnerdashboard.base.Secrets;
import org.partnerdashboard.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private iCalendar feed of the partnership's events: a link with a secret (only its hash is kept),
 * made and revoked by its owner; a calendar app polls it without signing in, so it holds nothing but the events.
 */
@Service
@Transactional
public class CalendarFeedService {

    static final String PREFIX = "cal_";
    /** The events a feed carries: the last year's and everything ahead. */
    static final int PAST_DAYS = 365;

    private final CalendarFeedRepository feeds;
    private final PartnershipEventRepository events;
    private final EventRows eventRows;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarFeedService(CalendarFeedRepository feeds, PartnershipEventRepository events, EventRows eventRows,
            CurrentUser currentUser, Clock clock) {
        this.feeds = feeds;
        this.events = events;
        this.eventRows = eventRows;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** When the signed-in person's feed was made, if they have one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instant> myFeed() {
        return feeds.findByAppUserId(currentUser.require().id()).map(CalendarFeed::getCreatedAt);
    }

    /** Makes a new feed link for the signed-in person, replacing (and so revoking) any earlier one. */
    @PreAuthorize("isAuthenticated()")
    public String newFeed() {
        long me = currentUser.require().id();
        feeds.deleteByAppUser(me);
        feeds.flush();
        String token = PREFIX + Secrets.random();
        feeds.saveAndFlush(new CalendarFeed(me, Secrets.hash(token), clock.instant()));
        return token;
    }

    /** Revokes the signed-in person's feed: its link stops working at once. */
    @PreAuthorize("isAuthenticated()")
    public void revokeFeed() {
        feeds.deleteByAppUser(currentUser.require().id());
    }

    /** The feed's calendar as iCalendar text, or empty for a link that does not (or no longer) exist. */
    @Transactional(readOnly = true)
    public Optional<String> ics(String token) {
        if (token == null || !token.startsWith(PREFIX) || !feeds.existsByTokenHash(Secrets.hash(token))) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        List<EventRow> rows = eventRows.of(events.findByStartsOnLessThanEqualAndEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(
                today.plusYears(5), today.minusDays(PAST_DAYS)));
        Calendar ics = new Calendar();
        ics.add(new ProdId("-//World Business Chicago, IMEC, IMA//Partner Dashboard//EN"));
        ics.add(ImmutableVersion.VERSION_2_0);
        ics.add(ImmutableCalScale.GREGORIAN);
        for (EventRow e : rows) {
            // all-day events: the end is the day after the last (RFC 5545)
            VEvent event = new VEvent(e.startsOn(), e.endsOn().plusDays(1), e.title());
            event.add(new Uid("event-" + e.id() + "@partner-dashboard"));
            event.add(new Categories(e.kind().name()));
            if (e.place() != null) {
                event.add(new Location(e.place()));
            }
            String hosts = e.hosts().isEmpty() ? "" : "Hosts: " + String.join(", ", e.hosts());
            String text = String.join("\n\n", Stream.of(hosts, e.notes())
                    .filter(s -> s != null && !s.isEmpty()).toList());
            if (!text.isEmpty()) {
                event.add(new Description(text));
            }
            ics.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(ics, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return Optional.of(out.toString());
    }
}
