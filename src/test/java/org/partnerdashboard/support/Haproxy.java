package org.partnerdashboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy ({@code apt-get install haproxy}; {@code .ci/run} installs it) running the shipped
 * {@code deploy/haproxy.cfg} in front of two instances on loopback: the file as operators use it, only its addresses
 * and port set through its environment variables. Its log goes to {@code target/instances/haproxy.log}.
 */
public final class Haproxy implements AutoCloseable {

    private static final Path EXECUTABLE = Paths.get(System.getProperty("haproxy.path", "/usr/sbin/haproxy"));
    private static final Path CONFIG = Paths.get("deploy", "haproxy.cfg");

    private final int port;
    private final Process process;

    private Haproxy(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    public static Haproxy inFrontOf(AppInstance app1, AppInstance app2) throws IOException {
        assertThat(EXECUTABLE).as("HAProxy is needed for the two-instance test: apt-get install haproxy").exists();
        Path log = Files.createDirectories(Paths.get("target", "instances")).resolve("haproxy.log");
        int port = AppInstance.freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(EXECUTABLE.toString(), "-db", "-f",
                CONFIG.toAbsolutePath().toString())).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PD_HAPROXY_PORT", String.valueOf(port));
        builder.environment().put("PD_APP1", app1.address());
        builder.environment().put("PD_APP2", app2.address());
        Haproxy haproxy = new Haproxy(port, builder.start());
        haproxy.awaitListening(Duration.ofSeconds(20));
        return haproxy;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void awaitListening(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("HAProxy stopped; see target/instances/haproxy.log").isTrue();
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                AppInstance.pause(200);
            }
        }
        throw new IllegalStateException("HAProxy did not listen on " + port + " within " + patience);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
