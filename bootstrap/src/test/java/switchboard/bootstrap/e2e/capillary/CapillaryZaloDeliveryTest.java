package switchboard.bootstrap.e2e.capillary;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import switchboard.adapter.out.provider.stub.ProviderStub;
import switchboard.adapter.out.provider.stub.ProviderStub.Exchange;
import switchboard.adapter.out.provider.stub.ProviderStub.Reply;
import switchboard.application.provider.port.ProviderTokenStore;
import switchboard.bootstrap.e2e.GatewayClient;
import switchboard.domain.credential.SecretTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * A Capillary Zalo item through the whole gateway (outbox, worker, Zalo sender) to a local
 * ZNS and Zalo OAuth server: the gateway's access token is refused once, refreshed, the new
 * refresh token stored in the database, and the template message sent.
 */
@MicronautTest(transactional = false)
class CapillaryZaloDeliveryTest extends CapillaryTest {

    private static final String APP_ID = "4318526010100000000";
    private static final String STORE_KEY = "zalo:" + APP_ID + ":" + SecretTokens.digest("zalo-refresh-0").substring(0, 16);

    private final ProviderStub zalo = ProviderStub.start();
    @Inject
    ProviderTokenStore tokenStore;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("switchboard.zalo.enabled", "true",
                "switchboard.zalo.base-url", zalo.baseUri().toString(),
                "switchboard.zalo.oauth-base-url", zalo.baseUri().toString(),
                "switchboard.zalo.app-id", APP_ID,
                "switchboard.zalo.secret-key", "zalo-app-secret",
                "switchboard.zalo.refresh-token", "zalo-refresh-0",
                "switchboard.zalo.access-token", "zalo-access-0",
                "switchboard.zalo.template-id", "231677");
    }

    @AfterAll
    void stopZalo() {
        zalo.close();
    }

    @Test
    void aZaloItemIsSentAsATemplateMessageAfterTheAccessTokenIsRefreshed() throws Exception {
        zalo.answer(exchange -> {
            if (exchange.path().equals("/v4/oa/access_token")) {
                return Reply.json(200,
                        "{\"access_token\":\"zalo-access-1\",\"refresh_token\":\"zalo-refresh-1\",\"expires_in\":\"90000\"}");
            }
            return "zalo-access-1".equals(exchange.header("access_token"))
                    ? Reply.json(200, "{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"a6ba5ed2f0d5198b40c4\"}}")
                    : Reply.json(200, "{\"error\":-124,\"message\":\"Access token is invalid\"}");
        });
        CapillaryTenant tenant = newCapillaryTenant("Capillary Zalo delivery");

        GatewayClient.Response response = tenant.send(this, "ZALO",
                "{\"zaloMessage\": [{\"receiver\": \"919591471711\", \"template\": \"Your order 1042 has shipped\"}]}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        String messages = "/api/v1/tenants/" + tenant.admin().tenantId() + "/messages";
        waitFor(() -> "SENT".equals(onlyDelivery(tenant, messages).get("status")));
        Map<?, ?> delivery = onlyDelivery(tenant, messages);
        assertThat(delivery.get("providerRef")).isEqualTo("a6ba5ed2f0d5198b40c4");
        List<Exchange> exchanges = zalo.exchanges();
        assertThat(exchanges).extracting(Exchange::path).containsExactly("/message/template", "/v4/oa/access_token",
                "/message/template");
        assertThat(exchanges.get(1).header("secret_key")).isEqualTo("zalo-app-secret");
        assertThat(exchanges.get(1).bodyText())
                .isEqualTo("app_id=" + APP_ID + "&grant_type=refresh_token&refresh_token=zalo-refresh-0");
        Exchange sent = exchanges.get(2);
        assertThat(sent.header("access_token")).isEqualTo("zalo-access-1");
        assertThat(sent.bodyText()).isEqualTo("{\"phone\":\"919591471711\",\"template_id\":\"231677\",\"template_data\":"
                + "{\"content\":\"Your order 1042 has shipped\"},\"tracking_id\":\""
                + delivery.get("id") + "\"}");
        assertThat(tokenStore.find(STORE_KEY + ":refresh-token")).contains("zalo-refresh-1");
    }

    private Map<?, ?> onlyDelivery(CapillaryTenant tenant, String messages) {
        List<Object> listed = client.get(messages, tenant.admin().token()).jsonList("messages");
        assertThat(listed).hasSize(1);
        List<?> deliveries = (List<?>) client.get(messages + "/" + ((Map<?, ?>) listed.get(0)).get("id"), tenant.admin().token())
                .json().get("deliveries");
        assertThat(deliveries).hasSize(1);
        return (Map<?, ?>) deliveries.get(0);
    }
}
