package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import switchboard.adapter.out.provider.fcm.TestServiceAccount;
import switchboard.adapter.out.provider.stub.ProviderStub.Exchange;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.adapter.out.provider.stub.ProviderStub;

import static org.assertj.core.api.Assertions.assertThat;

/** Push through the whole gateway (Admin send, outbox, worker, FCM sender) to a local FCM and token endpoint. */
@MicronautTest(transactional = false)
class FcmPushDeliveryTest extends GatewayTest {

    private static final String SEND_PATH = "/v1/projects/switchboard-e2e/messages:send";
    private static final String MESSAGE_NAME = "projects/switchboard-e2e/messages/0:1500415314455276%31bd1c9631bd1c96";

    private final ProviderStub fcm = ProviderStub.start();
    private final TestServiceAccount serviceAccount = TestServiceAccount.generate("switchboard-e2e",
            fcm.baseUri().resolve("/token"));

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("switchboard.fcm.enabled", "true",
                "switchboard.fcm.service-account-json", serviceAccount.keyJson(),
                "switchboard.fcm.base-url", fcm.baseUri().toString());
    }

    @BeforeEach
    void answerAsFcm() {
        fcm.clear();
        answerSendsWith(Reply.json(200, "{\"name\":\"" + MESSAGE_NAME + "\"}"));
    }

    @AfterAll
    void stopFcm() {
        fcm.close();
    }

    @Test
    void theAdminSendPushesThroughFcmAndTheDeliveryIsSentWithFcmsMessageName() {
        GatewayClient.Response response = client.post("/api/v1/communications/send", """
                {"subject": "Maintenance tonight", "body": "From 22:00 UTC", "channels": ["Push"],
                 "pushToken": "fcm-device-token-1"}""", platformAdminToken());

        assertThat(response.json()).isEqualTo(json("{\"results\":[{\"channel\":\"Push\",\"success\":true,\"error\":null}]}"));
        List<Exchange> sends = fcm.exchanges().stream().filter(exchange -> exchange.path().equals(SEND_PATH)).toList();
        assertThat(sends).hasSize(1);
        assertThat(sends.get(0).header("Authorization")).isEqualTo("Bearer ya29.e2e");
        String messageId = messageIdIn(sends.get(0));
        assertThat(sends.get(0).bodyText()).isEqualTo("{\"message\":{\"token\":\"fcm-device-token-1\",\"notification\":"
                + "{\"title\":\"Maintenance tonight\",\"body\":\"From 22:00 UTC\"},"
                + "\"data\":{\"messageId\":\"" + messageId + "\"}}}");
        Map<?, ?> delivery = onlyDelivery(messageId);
        assertThat(delivery.get("status")).isEqualTo("SENT");
        assertThat(delivery.get("providerRef")).isEqualTo(MESSAGE_NAME);
        assertThat(delivery.get("to")).isEqualTo("fcm-device-token-1");
    }

    @Test
    void anUnregisteredTokenFailsTheDeliveryWithFcmsErrorAndTheSendAsItsOnlyChannelFailed() {
        answerSendsWith(Reply.json(404, """
                {"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND",
                  "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "UNREGISTERED"}]}}"""));

        GatewayClient.Response response = client.post("/api/v1/communications/send", """
                {"subject": "Hello", "body": "Anyone there?", "channels": ["Push"], "pushToken": "uninstalled-app-token"}""",
                platformAdminToken());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).containsEntry("detail", "Dispatch failed on every channel.")
                .containsEntry("errors", List.of("Push: FCM UNREGISTERED (404): Requested entity was not found."));
        Exchange send = fcm.exchanges().stream().filter(exchange -> exchange.path().equals(SEND_PATH)).findFirst().orElseThrow();
        Map<?, ?> delivery = onlyDelivery(messageIdIn(send));
        assertThat(delivery.get("status")).isEqualTo("FAILED");
        assertThat(delivery.get("attempts")).isEqualTo(1);
        assertThat(delivery.get("lastError")).isEqualTo("FCM UNREGISTERED (404): Requested entity was not found.");
    }

    /** The token endpoint issues one token for an hour; FCM answers sends with the reply. */
    private void answerSendsWith(Reply reply) {
        fcm.answer(exchange -> exchange.path().equals("/token")
                ? Reply.json(200, "{\"access_token\":\"ya29.e2e\",\"expires_in\":3599,\"token_type\":\"Bearer\"}")
                : reply);
    }

    /** The gateway's message id, which the push carries in its data. */
    private String messageIdIn(Exchange send) {
        Map<?, ?> message = (Map<?, ?>) json(send.bodyText()).get("message");
        return (String) ((Map<?, ?>) message.get("data")).get("messageId");
    }

    private Map<?, ?> onlyDelivery(String messageId) {
        List<?> deliveries = (List<?>) client.get("/api/v1/tenants/default/messages/" + messageId, platformAdminToken())
                .json().get("deliveries");
        assertThat(deliveries).hasSize(1);
        return (Map<?, ?>) deliveries.get(0);
    }
}
