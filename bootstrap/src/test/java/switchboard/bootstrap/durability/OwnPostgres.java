package switchboard.bootstrap.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, in a temporary directory on a free port of the loopback
 * address, that the test stops and starts: initdb and pg_ctl of {@code SWITCHBOARD_TEST_POSTGRES_BIN}
 * (default {@code /usr/lib/postgresql/15/bin}). PostgreSQL refuses to run as root, so under root
 * (CI, this machine) its commands run as the {@code postgres} user through runuser.
 */
final class OwnPostgres implements AutoCloseable {

    private static final Path BIN = Path.of(System.getenv().getOrDefault("SWITCHBOARD_TEST_POSTGRES_BIN",
            "/usr/lib/postgresql/15/bin"));
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path directory;
    private final int port;

    private OwnPostgres(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** A new database cluster, started. */
    static OwnPostgres start() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("switchboard-own-postgres");
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (ROOT) {
            run(List.of("chown", "postgres", directory.toString()));
        }
        OwnPostgres postgres = new OwnPostgres(directory, freePort());
        postgres.pg(List.of(BIN.resolve("initdb").toString(), "-D", postgres.data(), "-A", "trust", "-U", "postgres",
                "--no-sync", "-E", "UTF8"));
        postgres.startServer();
        return postgres;
    }

    /** The JDBC URL of its {@code postgres} database. */
    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Starts the server and returns once it accepts connections. */
    void startServer() throws IOException, InterruptedException {
        pg(List.of(BIN.resolve("pg_ctl").toString(), "-D", data(), "-l", directory.resolve("server.log").toString(), "-w",
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
    }

    /** Stops the server as an operator's fast shutdown does: connections are closed, new ones refused. */
    void stopServer() throws IOException, InterruptedException {
        pg(List.of(BIN.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "stop"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stopServer();
        } catch (IllegalStateException alreadyStopped) {
            // pg_ctl says so and fails: nothing to stop
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> asPostgres = new ArrayList<>();
        if (ROOT) {
            asPostgres.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        asPostgres.addAll(command);
        run(asPostgres);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
