package switchboard.bootstrap.e2e.capillary;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A body over the configured size is 413, and a batch over the configured item count is refused, both in the envelope. */
@MicronautTest(transactional = false)
class CapillaryLimitsTest extends CapillaryTest {

    private static final String ITEM = "{\"to\": \"919591471711\", \"body\": \"Your code is 1234\"}";

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.server.max-request-size", "16KB", "switchboard.capillary.max-items", "3");
    }

    @Test
    void aBodyOverTheConfiguredSizeIs413() {
        CapillaryTenant tenant = newCapillaryTenant("Capillary large body");

        GatewayClient.Response response = tenant.send(this, "sms",
                "{\"sms\": [{\"to\": \"919591471711\", \"body\": \"" + "x".repeat(20 * 1024) + "\"}]}");

        assertThat(response.status()).isEqualTo(413);
        Map<?, ?> status = (Map<?, ?>) response.json().get("status");
        assertThat(status.get("code")).isEqualTo(413);
        assertThat(status.get("success")).isEqualTo(false);
        assertThat(status.get("message")).isEqualTo("The body is larger than the gateway accepts (SWITCHBOARD_MAX_REQUEST_SIZE).");
    }

    @Test
    void aBatchOverTheConfiguredItemCountIsRefusedAndNothingIsSent() {
        CapillaryTenant tenant = newCapillaryTenant("Capillary large batch");

        GatewayClient.Response tooMany = tenant.send(this, "sms", "{\"sms\": [" + String.join(",", Collections.nCopies(4, ITEM)) + "]}");
        GatewayClient.Response enough = tenant.send(this, "sms", "{\"sms\": [" + String.join(",", Collections.nCopies(3, ITEM)) + "]}");

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json()).containsOnlyKeys("status");
        assertThat(tooMany.json().get("status")).isEqualTo(json("""
                {"count": 0, "successCount": 0, "warnings": [], "warningsAsStatusCode": [], "code": 7004, "success": false,
                 "message": "A request may hold at most 3 items; this one holds 4. Send them in several requests.",
                 "statusCode": {"status": false, "code": 7004,
                                "message": "A request may hold at most 3 items; this one holds 4. Send them in several requests."}}"""));
        assertThat(enough.status()).isEqualTo(200);
        assertThat(client.get("/api/v1/tenants/" + tenant.admin().tenantId() + "/messages", tenant.admin().token())
                .jsonList("messages")).as("only the batch that fits").hasSize(3);
    }
}
