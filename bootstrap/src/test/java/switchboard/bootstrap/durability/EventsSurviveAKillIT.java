package switchboard.bootstrap.durability;

import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Exchange;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway process killed with SIGKILL while it posts a tenant's events loses none of them:
 * started again on the same PostgreSQL database, it takes the endpoint over once the dead
 * process's lease on it runs out and posts every event the receiver has not taken, in order. An
 * event is posted twice only if the dead process had posted it without recording that: at most
 * the one round it was in ({@value #PER_ROUND} events).
 */
class EventsSurviveAKillIT extends SeparateProcessIT {

    private static final Logger LOG = LoggerFactory.getLogger(EventsSurviveAKillIT.class);
    private static final int EMAILS = 1_000;
    /** One message accepted, then each of its deliveries sent. */
    private static final int EVENTS = 1 + EMAILS;
    /** Events the receiver has taken when the process is killed: some, far from all, and mid-round. */
    private static final int KILL_AFTER = 225;
    private static final int PER_ROUND = 50;
    /** The receiver's time per event: the process is mid-round when it is killed. */
    private static final Duration RECEIVER_DELAY = Duration.ofMillis(3);
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final ProviderStub receiver = ProviderStub.start();

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aKilledGatewayLosesNoEventAndRepostsAtMostOneRound(@TempDir Path dataDir) throws Exception {
        receiver.answer(exchange -> {
            sleep(RECEIVER_DELAY);
            return Reply.json(204, "");
        });
        Map<String, String> settings = settings("events-first-run", dataDir);
        settings.put("switchboard.webhook.allow-loopback", "true");
        settings.put("switchboard.events.per-round", String.valueOf(PER_ROUND));
        settings.put("switchboard.events.lease", "5s");
        settings.put("switchboard.webhook.total-timeout", "2s");
        settings.put("switchboard.events.idle-poll", "50ms");

        String secret;
        int takenBeforeKill;
        try (GatewayProcess first = GatewayProcess.start("events-first-run", settings)) {
            first.awaitReady();
            GatewayClient client = client(first);
            String admin = client.login("admin", adminPassword());
            Map<String, Object> endpoint = registerEndpoint(client, admin);
            secret = (String) endpoint.get("secret");
            String path = "/api/v1/tenants/default/event-endpoints/" + endpoint.get("id");
            // Every event is queued before any is posted, so that the rounds are full when the kill comes.
            assertThat(client.post(path + "/pause", "", admin).status()).isEqualTo(200);
            sendBulk(first, dripcelKey(first), addresses(0, EMAILS));
            outbox.awaitSettled(EMAILS, PATIENCE, first.log().toString());
            assertThat(client.post(path + "/resume", "", admin).status()).isEqualTo(200);
            awaitTaken(KILL_AFTER, first.log().toString());
            first.kill();
            takenBeforeKill = receiver.exchanges().size();
        }
        assertThat(takenBeforeKill).as("events taken before the kill: the process must die mid-way").isLessThan(EVENTS);

        settings.put("javamail.properties.mail.smtp.localhost", "events-second-run");
        try (GatewayProcess second = GatewayProcess.start("events-second-run", settings)) {
            second.awaitReady();
            outbox.awaitSettled(EMAILS, PATIENCE, second.log().toString());
            awaitDistinct(EVENTS, second.log().toString());
        }

        List<Exchange> posts = receiver.exchanges();
        for (Exchange post : posts) {
            new Webhook(secret).verify(post.bodyText(), post.headers());
        }
        Map<String, Long> copies = posts.stream().collect(Collectors.groupingBy(post -> post.header("webhook-id"),
                Collectors.counting()));
        long twice = copies.values().stream().filter(count -> count > 1).count();
        LOG.info("events and a kill: {} events; SIGKILL once the receiver had taken {}; {} posts in all, {} distinct events, "
                + "{} posted twice (bound: {})", EVENTS, takenBeforeKill, posts.size(), copies.size(), twice, PER_ROUND);
        assertThat(copies).as("distinct events taken").hasSize(EVENTS);
        assertThat(twice).as("events posted twice: only those of the round the kill cut off").isLessThanOrEqualTo(PER_ROUND);
        assertThat(copies.values()).as("copies of an event").allMatch(count -> count <= 2);
        assertThat(posts.stream().map(post -> post.bodyText().contains("\"type\":\"message.accepted\"")).findFirst())
                .as("the message's acceptance is the first event").contains(true);
    }

    /** Registers the receiver as the default tenant's endpoint for every event. */
    private Map<String, Object> registerEndpoint(GatewayClient client, String admin) {
        GatewayClient.Response created = client.post("/api/v1/tenants/default/event-endpoints",
                "{\"url\":\"" + receiver.baseUri() + "/events\"}", admin);
        assertThat(created.status()).as("registering the endpoint: %s", created).isEqualTo(201);
        return created.json();
    }

    private void awaitTaken(int posts, String log) throws InterruptedException {
        await(() -> receiver.exchanges().size() >= posts, posts + " posts taken", log);
    }

    private void awaitDistinct(int events, String log) throws InterruptedException {
        Function<List<Exchange>, Long> distinct = posts -> posts.stream().map(post -> post.header("webhook-id")).distinct().count();
        await(() -> distinct.apply(receiver.exchanges()) >= events, events + " distinct events taken", log);
    }

    private static void await(BooleanSupplier condition, String what, String log) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("%s within %s; see %s", what, PATIENCE, log).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
