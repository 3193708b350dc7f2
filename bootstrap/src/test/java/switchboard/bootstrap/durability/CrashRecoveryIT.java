package switchboard.bootstrap.durability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import switchboard.application.dispatch.DispatchWorker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gateway process killed with SIGKILL while it sends 2,000 emails loses none of them: started
 * again on the same database, it takes over the dead process's claims once their lease runs out
 * and sends the rest. An email goes out twice only if the dead process had handed it to the SMTP
 * server but not yet recorded that: among the deliveries it held claimed and unrecorded at the kill,
 * at most {@link DispatchWorker#CLAIMED_PER_THREAD} per sending thread (the one being sent, those
 * waiting their turn, those whose outcome waits for its batch to be written).
 */
class CrashRecoveryIT extends SeparateProcessIT {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryIT.class);
    private static final int EMAILS = 2_000;
    /** Emails the SMTP server has received when the process is killed: some, far from all. */
    private static final int KILL_AFTER = 400;
    /**
     * Short, so that the restarted process soon takes over the dead one's claims (the default is two
     * minutes), and still a thousand times longer than a send to the test's SMTP server.
     */
    private static final String LEASE = "10s";
    /** The SMTP server's time per email: the process has several deliveries under way when it is killed. */
    private static final Duration SMTP_DELAY = Duration.ofMillis(10);
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    /** Deliveries one process holds claimed and not yet recorded, at most. */
    private static final int IN_FLIGHT_BOUND = DispatchWorker.CLAIMED_PER_THREAD * CONCURRENCY;

    @Test
    void aKilledGatewayLosesNoAcceptedEmailAndResendsAtMostThoseInFlight(@TempDir Path dataDir) throws Exception {
        List<String> recipients = addresses(0, EMAILS);
        Map<String, String> settings = settings("first-run", dataDir);
        settings.put("switchboard.dispatch.lease", LEASE);
        smtp.delayEndOfData(SMTP_DELAY);

        int receivedBeforeKill;
        try (GatewayProcess first = GatewayProcess.start("crash-first-run", settings)) {
            first.awaitReady();
            sendBulk(first, dripcelKey(first), recipients);
            awaitReceived(KILL_AFTER, PATIENCE, first);
            first.kill();
            receivedBeforeKill = smtp.messages();
        }
        Set<String> inFlight = outbox.addressesIn("SENDING");
        assertThat(receivedBeforeKill).as("emails received before the kill: the process must die mid-way").isLessThan(EMAILS);
        assertThat(inFlight).as("deliveries claimed and not recorded at the kill").isNotEmpty()
                .hasSizeLessThanOrEqualTo(IN_FLIGHT_BOUND);

        settings.put("javamail.properties.mail.smtp.localhost", "second-run");
        long restart = System.nanoTime();
        Map<String, Integer> statuses;
        try (GatewayProcess second = GatewayProcess.start("crash-second-run", settings)) {
            second.awaitReady();
            statuses = outbox.awaitSettled(EMAILS, PATIENCE, second.log().toString());
        }
        Duration recovery = Duration.ofNanos(System.nanoTime() - restart);

        SmtpArrivals arrivals = SmtpArrivals.of(smtp.taken());
        LOG.info("crash recovery: {} emails accepted; SIGKILL once the SMTP server had taken {}, with {} deliveries in "
                        + "flight (bound: {}); the restarted process started and finished in {} s: "
                        + "{} lost, {} delivered twice {}; emails per run {}", EMAILS, receivedBeforeKill, inFlight.size(),
                IN_FLIGHT_BOUND, recovery.toSeconds(), arrivals.missing(recipients).size(), arrivals.duplicates().size(),
                arrivals.duplicates().keySet(), arrivals.emailsPerClient());
        assertThat(statuses).as("deliveries by status").isEqualTo(Map.of("SENT", EMAILS));
        assertThat(arrivals.missing(recipients)).as("accepted emails that never reached the SMTP server").isEmpty();
        assertThat(arrivals.copiesPerRecipient().keySet()).as("recipients").hasSize(EMAILS);
        assertThat(arrivals.duplicates().keySet()).as("emails delivered twice: only those claimed and unrecorded at the kill")
                .isSubsetOf(inFlight).hasSizeLessThanOrEqualTo(IN_FLIGHT_BOUND);
        assertThat(arrivals.duplicates().values()).as("copies of an email delivered more than once").allMatch(copies -> copies == 2);
        assertThat(outbox.mostAttempts()).as("claims of one delivery").isLessThanOrEqualTo(2);
        // Each entry of the history is written with the outcome it records: the attempts the kill cut off left none.
        assertThat(outbox.historyEntries()).as("entries in the deliveries' history").isEqualTo(EMAILS);
        assertThat(outbox.historyByAttemptAndOutcome()).as("deliveries by the attempt and outcome of their entry")
                .isEqualTo(Map.of("1 SENT", EMAILS - inFlight.size(), "2 SENT", inFlight.size()));
    }

}
