package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.ServedOnRandomPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a TLS-terminating proxy (server.forward-headers-strategy=native, as docs/operations.md says): requests the proxy
 * marks as HTTPS get HSTS and a session cookie sent only over HTTPS; plain HTTP gets neither.
 */
@ServedOnRandomPort
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class HttpsBehindProxyIT {

    @LocalServerPort
    int port;

    private HttpResponse<String> login(boolean viaHttpsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (viaHttpsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void httpsThroughTheProxyGetsHstsAndSecureCookies() throws Exception {
        HttpResponse<String> secure = login(true);
        assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        List<String> cookies = secure.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure")
                .contains("HttpOnly"));

        HttpResponse<String> plain = login(false);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("Secure"));
    }
}
