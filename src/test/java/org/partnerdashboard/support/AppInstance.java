package org.partnerdashboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/partner-dashboard.jar}, built by {@code mvn package} before the integration
 * tests) started as its own process on a free loopback port, as an operator starts an instance: its own JVM, so
 * nothing is shared with other instances except the database. Its log goes to {@code target/instances/<name>.log}.
 */
public final class AppInstance implements AutoCloseable {

    private static final Path JAR = Paths.get("target", "partner-dashboard.jar");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppInstance(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts an instance with the given {@code --key=value} settings and waits until it reports ready. */
    public static AppInstance start(String name, List<String> settings, Duration patience) throws IOException {
        Path folder = Files.createDirectories(Paths.get("target", "instances", name));
        Path log = folder.resolveSibling(name + ".log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx768m", "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        AppInstance instance = new AppInstance(name, port, process, log);
        instance.awaitReady(patience);
        return instance;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public String address() {
        return "127.0.0.1:" + port;
    }

    public Process process() {
        return process;
    }

    /** HTTP status of a GET on this instance directly (not through the load balancer), with the given cookies. */
    public int status(String path, String cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + address() + path))
                .timeout(Duration.ofSeconds(10));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void awaitReady(Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log.toAbsolutePath());
            }
            if (status("/actuator/health/readiness", "") == 200) {
                return;
            }
            pause(500);
        }
        throw new IllegalStateException(name + " was not ready within " + patience + "; see " + log.toAbsolutePath());
    }

    /** What the instance has logged so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks the instance to stop as an operator's SIGTERM does (graceful shutdown), without waiting. */
    public void stop() {
        process.destroy();
    }

    /** Waits for the instance to end and gives its exit code. */
    public int awaitEnd(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + " did not stop within " + patience);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(45, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString());
    }
}
