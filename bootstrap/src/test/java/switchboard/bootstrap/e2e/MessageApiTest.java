package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import switchboard.application.send.RecipientRequest.ToAddress;
import switchboard.application.send.SendCommand;
import switchboard.application.send.SendMessageUseCase;
import switchboard.domain.message.Content;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/** Listing a tenant's messages and cancelling a scheduled one through the Admin API. */
@MicronautTest(transactional = false)
class MessageApiTest extends GatewayTest {

    @Inject
    SendMessageUseCase sendMessage;

    @Test
    void aScheduledMessageIsListedAndCancelledBeforeItIsDue() throws InterruptedException {
        TenantAdmin acme = newTenantWithAdmin("Scheduler");
        MessageId scheduled = send(acme, SendCommand.of(new TenantId(acme.tenantId()), "capillary",
                Content.text(null, "Your OTP is 747977"), List.of(sms("+919591471711"), sms("+919591471712")))
                .withNotBefore(Instant.now().plus(1, ChronoUnit.HOURS)).withCampaign("otp"));
        MessageId now = send(acme, SendCommand.of(new TenantId(acme.tenantId()), "admin", Content.text("Hi", "Now"),
                List.of(sms("+919591471713"))));
        String base = "/api/v1/tenants/" + acme.tenantId() + "/messages";
        // The message due now leaves the queue once a worker has taken it: then only the scheduled one is queued.
        waitFor(() -> client.get(base + "?status=queued", acme.token()).jsonList("messages").size() == 1);

        Map<?, ?> listed = (Map<?, ?>) client.get(base + "?status=queued", acme.token()).jsonList("messages").get(0);
        assertThat(listed.get("id")).isEqualTo(scheduled.toString());
        assertThat(listed.get("campaignId")).isEqualTo("otp");
        assertThat(listed.get("deliveries")).isEqualTo(Map.of("QUEUED", 2));
        assertThat(client.get(base + "?campaignId=otp", acme.token()).jsonList("messages")).extracting(field("id"))
                .containsExactly(scheduled.toString());
        assertThat(client.get(base, acme.token()).jsonList("messages")).extracting(field("id"))
                .containsExactlyInAnyOrder(scheduled.toString(), now.toString());

        GatewayClient.Response cancelled = client.post(base + "/" + scheduled + "/cancel", "", acme.token());
        assertThat(cancelled.json()).isEqualTo(Map.of("cancelled", 2));
        assertThat(client.get(base + "/" + scheduled, acme.token()).jsonList("deliveries")).extracting(field("status"))
                .containsOnly("CANCELLED");
        assertThat(client.get(base + "?status=QUEUED", acme.token()).jsonList("messages")).isEmpty();
        assertThat(client.post(base + "/" + scheduled + "/cancel", "", acme.token()).json()).isEqualTo(Map.of("cancelled", 0));
    }

    @Test
    void cancellingAnotherTenantsOrAnUnknownMessageIsNotFound() {
        TenantAdmin acme = newTenantWithAdmin("Canceller");
        MessageId theirs = send(acme, SendCommand.of(TenantId.DEFAULT, "admin", Content.text("Hi", "Later"),
                List.of(sms("+919591471711"))).withNotBefore(Instant.now().plus(1, ChronoUnit.HOURS)));

        assertThat(client.post("/api/v1/tenants/" + acme.tenantId() + "/messages/" + theirs + "/cancel", "", acme.token())
                .status()).isEqualTo(404);
        assertThat(client.post("/api/v1/tenants/" + acme.tenantId() + "/messages/nonsense/cancel", "", acme.token())
                .status()).isEqualTo(404);
        assertThat(client.get("/api/v1/tenants/" + acme.tenantId() + "/messages?status=LOST", acme.token()).status())
                .isEqualTo(400);
    }

    private MessageId send(TenantAdmin admin, SendCommand command) {
        return sendMessage.send(command).messageId().orElseThrow();
    }

    private static ToAddress sms(String number) {
        return new ToAddress(Recipient.of(Channel.SMS, number));
    }
}
