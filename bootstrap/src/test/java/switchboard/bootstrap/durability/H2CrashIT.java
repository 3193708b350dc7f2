package switchboard.bootstrap.durability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the embedded default, H2 in the data directory, an answer means durable: a gateway killed
 * with SIGKILL right after answering a burst of concurrent sends has every message it answered 200
 * for once it is started again on the same directory. H2 writes a commit to its file before the
 * commit returns ({@code WRITE_DELAY=0} in the default URL), and the file outlives the process; the
 * log reports the file's size the burst left (the default URL's {@code RETENTION_TIME=1000} lets
 * H2 reuse the space of chunks a second old).
 */
class H2CrashIT extends SeparateProcessIT {

    private static final Logger LOG = LoggerFactory.getLogger(H2CrashIT.class);
    private static final int SENDS = 1_000;
    private static final int CLIENTS = 16;
    /** A test-mode SMS: stored, then captured by the dispatcher, whose outcome writes run alongside the sends. */
    private static final String SMS = """
            {"content": "Hello", "cell": "+27111111111", "country": "ZA", "deliveryMethod": "standard",
             "skipNonContacts": false, "sendOptions": {"testMode": true}}""";

    /** None: the processes run on the gateway's default database, in their data directory. */
    @Override
    Map<String, Object> freshDatabase() {
        return Map.of();
    }

    @Test
    void everySendAnsweredBeforeASigkillIsThereAfterTheRestart(@TempDir Path dataDir) throws Exception {
        Map<String, String> settings = settings("h2-crash", dataDir);
        settings.put("switchboard.rate-limits.dripcel.tenant", "off");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Duration burst;
        try (GatewayProcess first = GatewayProcess.start("h2-crash-first-run", settings)) {
            first.awaitReady();
            String key = dripcelKey(first);
            long start = System.nanoTime();
            inParallel(IntStream.range(0, SENDS).boxed().toList(), send -> {
                GatewayClient.Response sent = client(first).post("/send/sms", SMS, key);
                assertThat(sent.status()).as("a send: %s", sent).isEqualTo(200);
                acknowledged.add((String) ((Map<?, ?>) sent.json().get("data")).get("customerId"));
            });
            burst = Duration.ofNanos(System.nanoTime() - start);
            first.kill();
        }
        long fileBytes = Files.size(dataDir.resolve("switchboard.mv.db"));
        assertThat(acknowledged).as("sends answered 200 before the kill").hasSize(SENDS);

        Set<String> lost = ConcurrentHashMap.newKeySet();
        try (GatewayProcess second = GatewayProcess.start("h2-crash-second-run", settings)) {
            second.awaitReady();
            String key = dripcelKey(second);
            inParallel(List.copyOf(acknowledged), id -> {
                GatewayClient.Response status = client(second).get("/send/sms/" + id, key);
                assertThat(status.status()).as("reading %s: %s", id, status).isIn(200, 404);
                if (status.status() == 404) {
                    lost.add(id);
                }
            });
        }
        LOG.info("H2 crash: {} sends answered 200 in {} ms ({} a second from {} clients), SIGKILL right after the last; "
                        + "after the restart {} of them are not found; the H2 file was {} KB at the kill", SENDS, burst.toMillis(),
                SENDS * 1000L / Math.max(1, burst.toMillis()), CLIENTS, lost.size(), fileBytes / 1024);
        assertThat(lost).as("messages answered 200 before the kill and not found after the restart").isEmpty();
    }

    /** Runs {@code task} on each item from {@link #CLIENTS} threads, and rethrows the first failure. */
    private static <T> void inParallel(List<T> items, Consumer<T> task) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (T item : items) {
                runs.add(clients.submit(() -> task.accept(item)));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
