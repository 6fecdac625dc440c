package org.partnerdashboard.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Partnership staff at a roundtable morning: each simulated user signs in, opens the overview dashboard, then (a
 * bounded number of times) opens the placements grid, scrolls it, narrows it to one status, scrolls again and goes
 * back to the overview, with people's pauses between. Drives Vaadin at the HTTP level as its browser client does:
 * {@code GET /?v-r=init} for a page, then {@code POST /?v-r=uidl} with the UI's CSRF token ({@code
 * Vaadin-Security-Key}), the server's sync id and the client's message id carried forward, so Vaadin's CSRF and
 * sync-id checks stay on. Loopback only; no warm-up request (Gatling's default one would leave the machine).
 *
 * <p>Or ({@code load.scenario=roundtable}) people in a room following one live roundtable page on their own devices:
 * each opens the presentation link ({@code roundtable?token=…}, no sign-in) and the page turns every
 * {@code load.seconds} (15) as the browser's poll asks for it, for as long as the test runs.
 *
 * <p>Settings (system properties): {@code load.url} (http://127.0.0.1:8080), {@code load.users} (200 concurrent),
 * {@code load.ramp} (30 s), {@code load.duration} (150 s at full load), {@code load.loops} (6 per user),
 * {@code load.scenario} (staff), {@code load.token} (the presentation link's token, for the roundtable).
 */
public class DashboardLoadSimulation extends Simulation {

    private static final String URL = System.getProperty("load.url", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("load.users", 200);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("load.ramp", 30));
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("load.duration", 150));
    private static final int LOOPS = Integer.getInteger("load.loops", 6);
    private static final String PASSWORD = System.getProperty("load.password", "chicago-demo-2026");
    private static final String SCENARIO = System.getProperty("load.scenario", "staff");
    private static final String TOKEN = System.getProperty("load.token", "");
    private static final int SECONDS = Integer.getInteger("load.seconds", 15);

    /** Campaign staff and the five community organizations' staff (who see only their own placements). */
    private static final List<String> STAFF = List.of("wbc.staff", "wbc.staff", "bethel.staff", "instituto.staff",
            "kinzie.staff", "oai.staff", "safer.staff");
    private static final List<String> STATUSES = List.of("ACTIVE", "COMPLETED", "ENDED");

    private final HttpProtocolBuilder protocol = http.baseUrl(URL)
            .disableWarmUp()
            .acceptLanguageHeader("en-US,en;q=0.9")
            .userAgentHeader("Partner Dashboard load test");

    private final Iterator<Map<String, Object>> users = Stream.generate(() -> Map.<String, Object>of(
            "username", STAFF.get(ThreadLocalRandom.current().nextInt(STAFF.size())),
            "status", STATUSES.get(ThreadLocalRandom.current().nextInt(STATUSES.size())))).iterator();

    /** The login view, then Spring Security's form login with its CSRF token; a session cookie carries the sign-in. */
    private final ChainBuilder signIn = exec(
            http("sign-in page").get("/login").check(status().is(200),
                    regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("springCsrf")),
            http("sign in").post("/login")
                    .formParam("username", "#{username}")
                    .formParam("password", PASSWORD)
                    .formParam("_csrf", "#{springCsrf}")
                    .disableFollowRedirect()
                    .check(status().is(302), headerRegex("Location", "login\\?error").notExists()));

    /**
     * The browser's details, sent with the page as Vaadin's client sends them (a laptop in Chicago): without them the
     * server asks the browser for them in JavaScript on every view that reads them, and a callback waiting for an
     * answer that never comes would keep each old view in memory.
     */
    private static final String BROWSER = "&v-sw=1920&v-sh=1080&v-ww=1600&v-wh=900&v-bw=1600&v-bh=900&v-tzo=360"
            + "&v-rtzo=360&v-dstd=60&v-dston=false&v-tzid=America%2FChicago&v-td=false&v-pr=1&v-np=Linux%20x86_64";

    /** Loads the page as the browser does: the UI's id, CSRF token and first sync id come with it (the view follows). */
    private static HttpRequestActionBuilder openPage(String name, String location, String query) {
        return http(name).get(session -> "/?v-r=init&location=" + location + "&query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8) + BROWSER + "&v-curdate="
                        + System.currentTimeMillis() + "&v-wn=load-" + session.userId())
                .check(status().is(200),
                        jsonPath("$.appConfig['v-uiId']").saveAs("uiId"),
                        jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrf"),
                        jsonPath("$.appConfig.uidl.syncId").saveAs("syncId"),
                        jsonPath("$.appConfig.uidl.clientId").saveAs("clientId"));
    }

    /** One round trip of the UI: the RPC calls, with the sync and client ids of the last response. */
    private static HttpRequestActionBuilder uidl(String name, Function<Session, String> rpc) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":["
                        + rpc.apply(session) + "],\"syncId\":" + session.getString("syncId") + ",\"clientId\":"
                        + session.getString("clientId") + "}"))
                .check(status().is(200),
                        substring("sessionExpired").notExists(),
                        substring("appError").notExists(),
                        regex("\"syncId\":(\\d+)").saveAs("syncId"),
                        regex("\"clientId\":(\\d+)").saveAs("clientId"));
    }

    /** The router's navigation event on the UI's root node, as a click on a menu link sends it. */
    private static Function<Session, String> navigate(String route, String query) {
        return session -> "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},"
                + "\"trigger\":\"\"}}";
    }

    /** The grid asks for the rows it is about to show (scrolling). */
    private static Function<Session, String> rows(int first, int count) {
        return session -> "{\"type\":\"publishedEventHandler\",\"node\":" + session.getString("grid")
                + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[" + first + ","
                + count + "],\"promise\":0}";
    }

    private static HttpRequestActionBuilder openPlacements(String name, Function<Session, String> rpc) {
        return uidl(name, rpc).check(
                regex("\"node\":(\\d+),\"type\":\"put\",\"key\":\"tag\",\"feat\":\\d+,\"value\":\"vaadin-grid\"")
                        .saveAs("grid"));
    }

    // a user whose request failed stops there: its next messages would only repeat the failure
    private final ScenarioBuilder staff = scenario("Partnership staff").feed(users).exitBlockOnFail().on(
            exec(signIn)
            .exec(openPage("page load", "", ""))
            .exec(uidl("overview: open", navigate("", "")))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .repeat(LOOPS).on(
                    exec(openPlacements("placements: open", navigate("placements", "")))
                            .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
                            .exec(uidl("placements: scroll", rows(50, 50)))
                            .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
                            .exec(uidl("placements: scroll far", session -> rows(
                                    50 * ThreadLocalRandom.current().nextInt(2, 40), 50).apply(session)))
                            .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
                            .exec(uidl("placements: filter by status",
                                    session -> navigate("placements", "status=" + session.getString("status"))
                                            .apply(session)))
                            .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
                            .exec(uidl("placements: scroll filtered", rows(50, 50)))
                            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                            .exec(uidl("overview: back", navigate("", "")))
                            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))));

    /** The browser's poll on the UI's root node (the roundtable turns its page on each). */
    private static Function<Session, String> poll() {
        return session -> "{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\"}";
    }

    // a viewer whose request failed stops there, as above
    private final ScenarioBuilder roundtable = scenario("Roundtable viewers").exitBlockOnFail().on(
            exec(openPage("roundtable: page load", "roundtable", "token=" + TOKEN + "&seconds=" + SECONDS))
            .exec(uidl("roundtable: open", navigate("roundtable", "token=" + TOKEN + "&seconds=" + SECONDS)))
            .during(DURATION.plus(RAMP)).on(
                    pause(Duration.ofSeconds(SECONDS))
                            .exec(uidl("roundtable: next page", poll()))));

    {
        ScenarioBuilder chosen = SCENARIO.equals("roundtable") ? roundtable : staff;
        if (chosen == roundtable && TOKEN.isBlank()) {
            throw new IllegalArgumentException("The roundtable needs a presentation link: -Dload.token=pk_…");
        }
        setUp(chosen.injectClosed(rampConcurrentUsers(0).to(USERS).during(RAMP),
                constantConcurrentUsers(USERS).during(DURATION)))
                .protocols(protocol)
                .maxDuration(RAMP.plus(DURATION).plusSeconds(30))
                .assertions(global().failedRequests().count().is(0L),
                        global().responseTime().percentile(95.0).lte(300));
    }
}
