package org.partnerdashboard.base;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Server-side time of Vaadin's requests (a Micrometer timer {@value #METRIC}, tagged {@code init} for opening a page
 * and {@code uidl} for every interaction), with p50/p95/p99 over the whole run: the server's view of a load test,
 * beside the load generator's own (which shares the machine). Logged at shutdown.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class VaadinRequestTimings extends OncePerRequestFilter {

    public static final String METRIC = "partner.vaadin.requests";
    private static final Logger log = LoggerFactory.getLogger(VaadinRequestTimings.class);

    private final Timer init;
    private final Timer uidl;

    VaadinRequestTimings(MeterRegistry registry) {
        init = timer(registry, "init");
        uidl = timer(registry, "uidl");
    }

    private static Timer timer(MeterRegistry registry, String type) {
        return Timer.builder(METRIC).tag("type", type)
                .description("Server time of Vaadin requests")
                .publishPercentiles(0.5, 0.95, 0.99)
                .distributionStatisticExpiry(Duration.ofHours(12)) // percentiles over the whole run, not 2 minutes
                .register(registry);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getParameter("v-r");
        Timer timer = "uidl".equals(type) ? uidl : "init".equals(type) ? init : null;
        if (timer == null) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    /** One line per kind of request: count, mean, p50, p95, p99 and max, in milliseconds. */
    public String summary() {
        return Stream.of(init, uidl).map(VaadinRequestTimings::describe).collect(Collectors.joining("; "));
    }

    private static String describe(Timer timer) {
        HistogramSnapshot snapshot = timer.takeSnapshot();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %d requests, mean %.1f ms",
                timer.getId().getTag("type"), snapshot.count(), snapshot.mean(TimeUnit.MILLISECONDS)));
        for (ValueAtPercentile p : snapshot.percentileValues()) {
            line.append(String.format(Locale.ROOT, ", p%.0f %.1f ms", p.percentile() * 100,
                    p.value(TimeUnit.MILLISECONDS)));
        }
        return line.append(String.format(Locale.ROOT, ", max %.1f ms", snapshot.max(TimeUnit.MILLISECONDS)))
                .toString();
    }

    @PreDestroy
    void logSummary() {
        if (init.count() + uidl.count() > 0) {
            log.info("Server time of Vaadin requests: {}", summary());
        }
    }
}
