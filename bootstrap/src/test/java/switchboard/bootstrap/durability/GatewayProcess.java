package switchboard.bootstrap.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's runnable jar ({@code bootstrap/target/switchboard.jar}, built in the package
 * phase, before the failsafe tests) running as a process of its own, with its output in a log
 * file that every failure message names. {@link #close()} kills it if it still runs; a shutdown
 * hook does the same should the test JVM end first.
 */
final class GatewayProcess implements AutoCloseable {

    /** How long a start may take on a slow shared machine: flyway migrations included. */
    private static final Duration STARTUP_PATIENCE = Duration.ofMinutes(2);
    /** The exit code of a process killed by SIGKILL. */
    private static final int KILLED = 128 + 9;

    private final String name;
    private final Process process;
    private final Path log;
    private final URI uri;
    private final Thread killOnExit;

    private GatewayProcess(String name, Process process, Path log, URI uri) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.uri = uri;
        this.killOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts the jar with these settings (as {@code -D} system properties) on a free port, and
     * returns at once: see {@link #awaitReady()}.
     */
    static GatewayProcess start(String name, Map<String, String> settings) throws IOException {
        return start(name, settings, Map.of());
    }

    /** Starts the jar with these settings and these environment variables besides the test's own. */
    static GatewayProcess start(String name, Map<String, String> settings, Map<String, String> environment) throws IOException {
        Path jar = Path.of(System.getProperty("switchboard.jar", "target/switchboard.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no gateway jar at " + jar + ": these tests run in `mvn verify` after the package "
                    + "phase (or build it first: mvn -pl bootstrap -am package -DskipTests)");
        }
        Path logs = Files.createDirectories(Path.of(System.getProperty("switchboard.process-logs", "target/gateway-processes")));
        Path log = logs.resolve(name + ".log").toAbsolutePath();
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Small and quick to start: the machine may be two shared cores.
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dmicronaut.server.port=" + port));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new GatewayProcess(name, process, log, URI.create("http://127.0.0.1:" + port + "/"));
    }

    URI uri() {
        return uri;
    }

    Path log() {
        return log;
    }

    /** Waits until the gateway answers its health check; fails at once, naming the log, if it exits. */
    void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(uri.resolve("/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError(name + " did not answer its health check within " + STARTUP_PATIENCE + "; see " + log);
    }

    /** Waits for the process to end by itself; returns its exit code. */
    int awaitExit(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " still runs after " + patience + "; see " + log);
        }
        return process.exitValue();
    }

    /** What the process wrote so far. */
    String output() throws IOException {
        return Files.readString(log);
    }

    /** SIGTERM, as an orchestrator stops a container: the gateway's graceful shutdown; returns at once. */
    void terminate() {
        process.destroy();
    }

    /** SIGKILL: no shutdown hook, no graceful stop, nothing flushed; returns once the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " still runs 30 s after SIGKILL; see " + log);
        }
        if (process.exitValue() != KILLED) {
            throw new AssertionError(name + " ended with " + process.exitValue() + ", not by SIGKILL; see " + log);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: the process is gone either way
        }
    }

    @Override
    public String toString() {
        return name + " (" + uri + ", log " + log + ")";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
