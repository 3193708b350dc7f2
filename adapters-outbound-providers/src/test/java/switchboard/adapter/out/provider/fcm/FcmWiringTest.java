package switchboard.adapter.out.provider.fcm;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.application.dispatch.port.OutgoingPush;
import switchboard.application.dispatch.port.PushSender;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.recipient.PushToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The FCM sender is a bean only when enabled, with the gateway's account from the configuration. */
class FcmWiringTest {

    @Test
    void withoutFcmEnabledThereIsNoPushSender() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("switchboard.fcm.service-account-json", "{}"))) {
            assertThat(context.findBean(PushSender.class)).isEmpty();
        }
    }

    @Test
    void enabledWithoutAKeyItSendsOnlyWithTheTenantsAccounts() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("switchboard.fcm.enabled", "true",
                "switchboard.fcm.service-account-json", "", "switchboard.fcm.service-account-file", ""))) {
            PushSender sender = context.getBean(PushSender.class);

            assertThat(sender).isInstanceOf(FcmPushSender.class);
            assertThat(sender.hasGatewayAccount()).isFalse();
        }
    }

    @Test
    void theGatewaysKeyFileAndProjectComeFromTheConfiguration(@TempDir Path directory) throws Exception {
        try (ProviderStub stub = ProviderStub.start()) {
            stub.answer(exchange -> exchange.path().equals("/token")
                    ? Reply.json(200, "{\"access_token\":\"ya29.configured\",\"expires_in\":3600}")
                    : Reply.json(200, "{\"name\":\"projects/configured-project/messages/1\"}"));
            Path keyFile = Files.writeString(directory.resolve("key.json"),
                    TestServiceAccount.generate("key-project", stub.baseUri().resolve("/token")).keyJson());
            try (ApplicationContext context = ApplicationContext.run(Map.of("switchboard.fcm.enabled", "true",
                    "switchboard.fcm.service-account-file", keyFile.toString(),
                    "switchboard.fcm.project-id", "configured-project",
                    "switchboard.fcm.base-url", stub.baseUri().toString(),
                    "switchboard.fcm.read-timeout", "3s"))) {
                PushSender sender = context.getBean(PushSender.class);

                assertThat(sender.hasGatewayAccount()).isTrue();
                assertThat(context.getBean(FcmConfiguration.class).getReadTimeout()).isEqualTo(Duration.ofSeconds(3));
                assertThat(sender.send(new OutgoingPush(DeliveryId.random(), new PushToken("t"), null, "b", Map.of()),
                        Optional.empty())).isEqualTo(new AttemptResult.Sent("projects/configured-project/messages/1"));
                assertThat(stub.exchanges().get(1).path()).isEqualTo("/v1/projects/configured-project/messages:send");
            }
        }
    }

    @Test
    void aKeyFileThatCannotBeReadStopsTheStart(@TempDir Path directory) {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("switchboard.fcm.enabled", "true",
                "switchboard.fcm.service-account-file", directory.resolve("missing.json").toString())).getBean(PushSender.class))
                .isInstanceOf(BeanInstantiationException.class).hasMessageContaining("missing.json");
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("switchboard.fcm.enabled", "true",
                "switchboard.fcm.service-account-json", "{\"type\":\"service_account\"}",
                "switchboard.fcm.base-url", URI.create("http://127.0.0.1:9").toString())).getBean(PushSender.class))
                .isInstanceOf(BeanInstantiationException.class).hasMessageContaining("not a Google service account key");
    }
}
