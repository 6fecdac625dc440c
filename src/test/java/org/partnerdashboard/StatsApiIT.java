package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.security.ApiTokenService;
import org.partnerdashboard.support.DisclosureAttack;
import org.partnerdashboard.support.ServedOnRandomPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stats API over real HTTP: organization tokens, the overview's figures as JSON (rounded, and attacked as a curious
 * token holder would), revocation, the OpenAPI file.
 */
@ServedOnRandomPort
class StatsApiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @WithUserDetails("admin")
    void anOrganizationsTokenReadsTheOverviewUntilRevoked() throws Exception {
        assertThat(get("/api/stats/overview", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/stats/overview", "pd_not-a-token").statusCode()).isEqualTo(401);
        long imec = jdbc.queryForObject("SELECT id FROM organization WHERE short_name = 'IMEC'", Long.class);
        String token = tokens.issue(imec, "Roundtable slides");

        HttpResponse<String> response = get("/api/stats/overview?subsector=332", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode stats = JsonMapper.builder().build().readTree(response.body());
        long placed = jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE naics_code = '332'", Long.class);
        assertThat(stats.get("placementsToDate").asLong()).as("rounded to a multiple of 5 for a token")
                .isIn(placed - placed % 5, placed - placed % 5 + 5);
        assertThat(stats.get("approvedSuppliers").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM supplier WHERE naics_code = '332' AND registration_status = 'APPROVED'", Long.class));
        assertThat(stats.get("filter").get("subsectorCode").asString()).isEqualTo("332");
        for (JsonNode group : stats.get("placementsByOrganization")) {
            assertThat(group.get("placements").asLong() % 5).as("rounded for a token: %s", group).isZero();
        }

        HttpResponse<String> issueLink = get("/api/stats/overview?from=2026-01-15&to=2026-12-20&organization="
                + jdbc.queryForObject("SELECT id FROM organization WHERE name = 'Bethel New Life'", Long.class)
                + "&subsector=332", token);
        JsonNode small = JsonMapper.builder().build().readTree(issueLink.body());
        assertThat(small.get("filter").get("from").asString()).as("whole months").isEqualTo("2026-01-01");
        assertThat(small.get("filter").get("to").asString()).isEqualTo("2026-12-31");
        for (String figure : new String[] {"placementsToDate", "placementsInPeriod"}) {
            assertThat(small.get(figure).asLong() % 5).as(figure).isZero();
        }
        for (JsonNode group : small.get("placementsBySubsector")) {
            assertThat(group.get("placements").asLong() % 5).as("%s", group).isZero();
        }

        long id = tokens.all().stream().filter(t -> t.label().equals("Roundtable slides")).findFirst().orElseThrow().id();
        tokens.revoke(id);
        assertThat(get("/api/stats/overview", token).statusCode()).isEqualTo(401);
    }

    @Test
    @WithUserDetails("admin")
    void anOrganizationsTokenCannotDeriveAGroupOfFewerThanFiveWhateverItAsks() {
        long ima = jdbc.queryForObject("SELECT id FROM organization WHERE short_name = 'IMA'", Long.class);
        String token = tokens.issue(ima, "Curious spreadsheet");
        JsonMapper json = JsonMapper.builder().build();

        new DisclosureAttack(jdbc, organization -> false).run(filter -> {
            StringBuilder query = new StringBuilder("/api/stats/overview?x=1");
            if (filter.from() != null) {
                query.append("&from=").append(filter.from()).append("&to=").append(filter.to());
            }
            if (filter.countyFips() != null) {
                query.append("&county=").append(filter.countyFips());
            }
            if (filter.subsectorCode() != null) {
                query.append("&subsector=").append(filter.subsectorCode());
            }
            if (filter.organizationId() != null) {
                query.append("&organization=").append(filter.organizationId());
            }
            try {
                JsonNode stats = json.readTree(get(query.toString(), token).body());
                JsonNode answered = stats.get("filter");
                return new DisclosureAttack.Answer(new DashboardFilter(date(answered.get("from")),
                        date(answered.get("to")), filter.countyFips(), filter.subsectorCode(), filter.organizationId()),
                        stats.get("placementsInPeriod").asLong(), stats.get("placementsToDate").asLong(), Map.of(),
                        groups(stats.get("placementsByOrganization")), groups(stats.get("placementsBySubsector")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static LocalDate date(JsonNode value) {
        return value == null || value.isNull() ? null : LocalDate.parse(value.asString());
    }

    private static List<GroupCount> groups(JsonNode groups) {
        List<GroupCount> counts = new ArrayList<>();
        groups.forEach(g -> counts.add(new GroupCount(g.get("key").asString(), g.get("label").asString(),
                g.get("placements").asLong())));
        return counts;
    }

    @Test
    void theOpenApiDescriptionIsPublic() throws Exception {
        HttpResponse<String> spec = get("/api/openapi.yaml", null);

        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("openapi: 3.1.0", "/api/stats/overview:", "scheme: bearer");
    }
}
