package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import switchboard.adapter.out.persistence.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One tenant's million-recipient bulk does not starve another tenant's single send: over HTTP, on
 * PostgreSQL, with the gateway capturing what it sends (no provider configured).
 */
@MicronautTest(transactional = false)
class BulkFairnessOnPostgresTest extends DripcelTest {

    private static final int REQUESTS = 10;
    private static final int DESTINATIONS = 100_000;
    private static final String PLAIN = "{\"name\":\"Plain\",\"subject\":\"News\",\"text\":\"Hello all\"}";

    @Override
    protected Map<String, Object> database() {
        return TestDatabases.postgresProperties();
    }

    @Test
    void anotherTenantsSingleSendGoesOutWhileAMillionRecipientBulkWaits() throws InterruptedException {
        Organisation bulkSender = organisation("Bulk Million", "sendLog.create");
        template(bulkSender, "plain", PLAIN);
        for (int request = 0; request < REQUESTS; request++) {
            int first = request * DESTINATIONS;
            String destinations = IntStream.range(first, first + DESTINATIONS).mapToObj(i -> "\"user" + i + "@example.org\"")
                    .collect(Collectors.joining(",", "[", "]"));
            GatewayClient.Response accepted = client.post("/send/email/bulk", DripcelBulkEmailTest.bulk("plain", destinations,
                    false, null), bulkSender.apiKey());
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        }
        Organisation single = organisation("Single Send", "sendLog.create");
        template(single, "plain", PLAIN);

        GatewayClient.Response sent = client.post("/send/email/bulk",
                DripcelBulkEmailTest.bulk("plain", "[\"ann@example.org\"]", false, null), single.apiKey());

        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(captured(single, "email", 1)).hasSize(1);
        assertThat(queued(bulkSender)).as("of the bulk's million, still waiting when the single send went out")
                .isGreaterThan(REQUESTS * DESTINATIONS / 2);
    }

    /** How many of the tenant's deliveries wait in the queue. */
    private long queued(Organisation org) {
        List<Object> messages = client.get("/api/v1/tenants/" + org.admin().tenantId() + "/messages?limit=100",
                org.admin().token()).jsonList("messages");
        assertThat(messages).hasSize(REQUESTS);
        return messages.stream().map(summary -> object(object(summary).get("deliveries")).getOrDefault("QUEUED", 0))
                .mapToLong(count -> ((Number) count).longValue()).sum();
    }
}
