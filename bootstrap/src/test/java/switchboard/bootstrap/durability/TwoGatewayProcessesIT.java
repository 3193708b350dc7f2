package switchboard.bootstrap.durability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway processes, started together on one fresh PostgreSQL database, each accept half of
 * 5,000 emails and drain the shared outbox together: each email reaches the SMTP server exactly
 * once, and each process sends a part of them.
 */
class TwoGatewayProcessesIT extends SeparateProcessIT {

    private static final Logger LOG = LoggerFactory.getLogger(TwoGatewayProcessesIT.class);
    private static final int EMAILS = 5_000;
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Test
    void twoProcessesOnOneDatabaseSendEachEmailExactlyOnce(@TempDir Path one, @TempDir Path two) throws Exception {
        List<String> recipients = addresses(0, EMAILS);
        Duration sending;
        Map<String, Integer> statuses;
        try (GatewayProcess first = GatewayProcess.start("two-processes-one", settings("gateway-one", one));
             GatewayProcess second = GatewayProcess.start("two-processes-two", settings("gateway-two", two))) {
            first.awaitReady();
            second.awaitReady();
            String key = dripcelKey(first);
            long start = System.nanoTime();
            sendBulk(first, key, recipients.subList(0, EMAILS / 2));
            sendBulk(second, key, recipients.subList(EMAILS / 2, EMAILS));
            statuses = outbox.awaitSettled(EMAILS, PATIENCE, first.log() + " and " + second.log());
            sending = Duration.ofNanos(System.nanoTime() - start);
        }

        SmtpArrivals arrivals = SmtpArrivals.of(smtp.taken());
        LOG.info("two processes on one database: {} emails accepted and sent in {} ms; emails per process {}; "
                        + "{} lost, {} delivered twice", EMAILS, sending.toMillis(), arrivals.emailsPerClient(),
                arrivals.missing(recipients).size(), arrivals.duplicates().size());
        assertThat(statuses).as("deliveries by status").isEqualTo(Map.of("SENT", EMAILS));
        assertThat(arrivals.missing(recipients)).as("emails that never reached the SMTP server").isEmpty();
        assertThat(arrivals.duplicates()).as("emails delivered more than once").isEmpty();
        assertThat(arrivals.emails()).as("emails received").isEqualTo(EMAILS);
        assertThat(outbox.mostAttempts()).as("claims of one delivery").isEqualTo(1);
        assertThat(outbox.historyEntries()).as("entries in the deliveries' history: one each").isEqualTo(EMAILS);
        assertThat(outbox.historyByAttemptAndOutcome()).isEqualTo(Map.of("1 SENT", EMAILS));
        assertThat(arrivals.emailsPerClient()).as("emails sent by each process").containsOnlyKeys("gateway-one", "gateway-two");
        assertThat(arrivals.emailsPerClient().values()).as("emails sent by each process").allMatch(sent -> sent > 0);
    }
}
