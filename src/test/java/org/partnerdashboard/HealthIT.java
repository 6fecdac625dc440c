package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.ServedOnRandomPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The probes a load balancer and a container runtime ask, without signing in; nothing else of Actuator is open. */
@ServedOnRandomPort
class HealthIT {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAndReadinessAnswerUpWithoutDetails() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness",
                "/actuator/health"}) {
            HttpResponse<String> response = get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components");
            assertThat(response.headers().allValues("Set-Cookie")).as("no session").isEmpty();
        }
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/metrics").statusCode()).isNotEqualTo(200);
    }
}
