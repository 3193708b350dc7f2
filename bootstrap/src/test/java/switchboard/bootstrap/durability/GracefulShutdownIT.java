package switchboard.bootstrap.durability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway process stopped with SIGTERM while it sends 2,000 emails loses none and sends none
 * twice: it refuses new requests with its 503 at once, finishes the sends under way and records them,
 * and hands back the deliveries it had claimed and not started, which a second process on the same
 * database takes at once, without waiting for their lease (five minutes here) to run out.
 */
class GracefulShutdownIT extends SeparateProcessIT {

    private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdownIT.class);
    private static final int EMAILS = 2_000;
    /** Emails the SMTP server has taken when the process is stopped: some, far from all. */
    private static final int STOP_AFTER = 400;
    /** Longer than the test may take: a delivery left claimed would hold it up past its patience. */
    private static final String LEASE = "5m";
    private static final Duration GRACE = Duration.ofSeconds(20);
    /** Beyond the grace: the JVM's and the context's own stop (event loops, the connection pool). */
    private static final Duration EXIT_MARGIN = Duration.ofSeconds(10);
    private static final Duration SMTP_DELAY = Duration.ofMillis(20);
    /** The SMTP server's time per email as the process stops: its sends under way are still going when it refuses requests. */
    private static final Duration SLOW_SMTP_DELAY = Duration.ofMillis(1500);
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    /** Exit code of a JVM that ran its shutdown hooks on SIGTERM. */
    private static final int TERMINATED = 128 + 15;
    private static final Pattern HANDED_BACK = Pattern.compile("(\\d+) claimed deliveries were handed back");

    @Test
    void aGatewayStoppedWithSigtermLosesNothingSendsNothingTwiceAndHandsBackItsClaims(@TempDir Path dataDir) throws Exception {
        List<String> recipients = addresses(0, EMAILS);
        Map<String, String> settings = settings("graceful-first", dataDir);
        settings.put("switchboard.dispatch.lease", LEASE);
        settings.put("switchboard.shutdown.grace", GRACE.toSeconds() + "s");
        smtp.delayEndOfData(SMTP_DELAY);

        Duration exit;
        int exitCode;
        GatewayClient.Response refused;
        String firstLog;
        try (GatewayProcess first = GatewayProcess.start("graceful-first", settings)) {
            first.awaitReady();
            String key = dripcelKey(first);
            sendBulk(first, key, recipients);
            awaitReceived(STOP_AFTER, PATIENCE, first);
            smtp.delayEndOfData(SLOW_SMTP_DELAY);
            Thread.sleep(100);

            long stop = System.nanoTime();
            first.terminate();
            awaitNotReady(first);
            refused = client(first).post("/send/email/bulk",
                    "{\"from\":\"news@acme.example\",\"template_id\":\"plain\",\"destinations\":[\"late@example.org\"]}", key);
            exitCode = first.awaitExit(GRACE.plus(EXIT_MARGIN));
            exit = Duration.ofNanos(System.nanoTime() - stop);
            firstLog = first.output();
        }
        int receivedBeforeRestart = smtp.messages();
        Map<String, Integer> afterStop = outbox.statusCounts();

        smtp.delayEndOfData(SMTP_DELAY);
        settings.put("javamail.properties.mail.smtp.localhost", "graceful-second");
        long restart = System.nanoTime();
        Map<String, Integer> statuses;
        try (GatewayProcess second = GatewayProcess.start("graceful-second", settings)) {
            second.awaitReady();
            statuses = outbox.awaitSettled(EMAILS, PATIENCE, second.log().toString());
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - restart);

        SmtpArrivals arrivals = SmtpArrivals.of(smtp.taken());
        int handedBack = handedBack(firstLog);
        LOG.info("graceful shutdown: {} emails accepted; SIGTERM once the SMTP server had taken {}; the process exited "
                        + "in {} ms with {}, having handed back {} claims, leaving {}; the second process started and "
                        + "finished in {} s: {} lost, {} delivered twice; emails per process {}", EMAILS, STOP_AFTER,
                exit.toMillis(), exitCode, handedBack, afterStop, recovery.toSeconds(),
                arrivals.missing(recipients).size(), arrivals.duplicates().size(), arrivals.emailsPerClient());

        assertThat(refused.status()).as("a send while stopping: %s", refused).isEqualTo(503);
        assertThat(refused.headers().get("retry-after")).as("Retry-After of %s", refused).containsExactly("5");
        assertThat(refused.json()).as("Dripcel's error shape").containsEntry("ok", false).containsKey("error");
        assertThat(exitCode).as("exit code; see %s", firstLog).isEqualTo(TERMINATED);
        assertThat(exit).as("time from SIGTERM to exit").isLessThan(GRACE.plus(EXIT_MARGIN));
        assertThat(afterStop).as("deliveries by status once the first process is gone: none left claimed")
                .doesNotContainKey("SENDING").containsKey("QUEUED");
        assertThat(handedBack).as("claims handed back").isPositive();
        assertThat(receivedBeforeRestart).as("emails taken before the second process started").isLessThan(EMAILS);
        assertThat(statuses).as("deliveries by status").isEqualTo(Map.of("SENT", EMAILS));
        assertThat(arrivals.missing(recipients)).as("accepted emails that never reached the SMTP server").isEmpty();
        assertThat(arrivals.duplicates()).as("emails delivered more than once").isEmpty();
        assertThat(arrivals.emails()).as("emails received").isEqualTo(EMAILS);
        assertThat(arrivals.copiesPerRecipient()).as("the late send refused while stopping").doesNotContainKey("late@example.org");
        assertThat(outbox.mostAttempts()).as("attempts of one delivery: a handed back claim is not one").isEqualTo(1);
        assertThat(arrivals.emailsPerClient()).as("emails sent by each process")
                .containsOnlyKeys("graceful-first", "graceful-second");
    }


    /** Waits until readiness answers 503: the shutdown has started. */
    private void awaitNotReady(GatewayProcess gateway) throws InterruptedException {
        long deadline = System.nanoTime() + EXIT_MARGIN.toNanos();
        while (client(gateway).get("/health/readiness", null).status() != 503) {
            assertThat(System.nanoTime()).as("readiness down within %s of SIGTERM; see %s", EXIT_MARGIN, gateway.log())
                    .isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static int handedBack(String log) {
        Matcher line = HANDED_BACK.matcher(log);
        assertThat(line.find()).as("the shutdown's log line in %s", log).isTrue();
        return Integer.parseInt(line.group(1));
    }
}
