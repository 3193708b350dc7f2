package switchboard.bootstrap.e2e.capillary;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayClient;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/** {@code scheduledTime}: nothing is sent before it, and until then the Admin API lists and cancels the delivery. */
@MicronautTest(transactional = false)
class CapillaryScheduleTest extends CapillaryTest {

    @Test
    void aScheduledSmsWaitsAndIsListedAndCancelledThroughTheAdminApi() throws Exception {
        CapillaryTenant tenant = newCapillaryTenant("Capillary scheduled");
        OffsetDateTime inAnHour = OffsetDateTime.now(ZoneOffset.ofHoursMinutes(5, 30)).plusHours(1).truncatedTo(ChronoUnit.SECONDS);

        GatewayClient.Response response = tenant.send(this, "sms", "{\"root\": {\"sms\": [{\"to\": \"919591471711\","
                + " \"body\": \"Your appointment is in an hour\", \"scheduledTime\": \"" + inAnHour + "\"}]}}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(((Map<?, ?>) response.jsonList("smsList").get(0)).get("sms"))
                .isEqualTo(Map.of("to", "919591471711", "body", "Your appointment is in an hour",
                        "scheduledTime", inAnHour.toString(), "sender", ""));
        String messages = "/api/v1/tenants/" + tenant.admin().tenantId() + "/messages";
        List<Object> queued = client.get(messages + "?status=QUEUED", tenant.admin().token()).jsonList("messages");
        assertThat(queued).hasSize(1);
        Map<?, ?> message = (Map<?, ?>) queued.get(0);
        assertThat(message.get("origin")).isEqualTo("capillary");
        assertThat(message.get("deliveries")).isEqualTo(Map.of("QUEUED", 1));
        String messageId = (String) message.get("id");
        Map<?, ?> delivery = (Map<?, ?>) client.get(messages + "/" + messageId, tenant.admin().token()).jsonList("deliveries").get(0);
        assertThat(Instant.parse((String) delivery.get("notBefore"))).isEqualTo(inAnHour.toInstant());
        Thread.sleep(300);
        assertThat(captured(tenant, "sms")).as("nothing sent before its time").isEmpty();

        GatewayClient.Response cancelled = client.post(messages + "/" + messageId + "/cancel", "", tenant.admin().token());

        assertThat(cancelled.json()).isEqualTo(Map.of("cancelled", 1));
        assertThat(client.get(messages + "/" + messageId, tenant.admin().token()).jsonList("deliveries"))
                .extracting(field("status")).containsExactly("CANCELLED");
        assertThat(client.get(messages + "?status=QUEUED", tenant.admin().token()).jsonList("messages")).isEmpty();
    }

    @Test
    void everyOffsetNamesItsInstantAndAPastTimeSendsAtOnce() throws Exception {
        CapillaryTenant tenant = newCapillaryTenant("Capillary offsets");
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String pacific = tomorrow.atOffset(ZoneOffset.ofHours(-8)).toLocalDateTime() + "-0800";

        GatewayClient.Response response = tenant.send(this, "whatsapp", "{\"whatsappMessage\": ["
                + "{\"receiver\": \"919591471711\", \"template\": \"utc\", \"scheduledTime\": \"" + tomorrow + "\"},"
                + "{\"receiver\": \"919591471712\", \"template\": \"pacific\", \"scheduledTime\": \"" + pacific + "\"},"
                + "{\"receiver\": \"919591471713\", \"template\": \"past\", \"scheduledTime\": \"2024-02-22T00:25:06.250+05:30\"}]}");

        assertThat(((Map<?, ?>) response.json().get("status")).get("successCount")).isEqualTo(3);
        waitFor(() -> captured(tenant, "whatsapp").size() == 1);
        assertThat(captured(tenant, "whatsapp")).extracting(field("body")).containsExactly("past");
        String messages = "/api/v1/tenants/" + tenant.admin().tenantId() + "/messages";
        List<Object> queued = client.get(messages + "?status=QUEUED", tenant.admin().token()).jsonList("messages");
        assertThat(queued).hasSize(2);
        for (Object message : queued) {
            Map<?, ?> delivery = (Map<?, ?>) client.get(messages + "/" + ((Map<?, ?>) message).get("id"), tenant.admin().token())
                    .jsonList("deliveries").get(0);
            assertThat(Instant.parse((String) delivery.get("notBefore"))).isEqualTo(tomorrow);
        }
    }
}
