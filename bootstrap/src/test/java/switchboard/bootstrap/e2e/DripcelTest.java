package switchboard.bootstrap.e2e;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/** The base of the Dripcel dialect's end-to-end tests: a tenant with an API key, contacts and templates. */
abstract class DripcelTest extends GatewayTest {

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("switchboard.dripcel.sms-price.default", "1",
                "switchboard.dripcel.sms-price.countries.ZA.reverse", "0.25",
                "switchboard.dripcel.sms-price.countries.za.default", "0.5");
    }

    /** A new tenant, its admin, and a Dripcel API key with the given permissions. */
    protected Organisation organisation(String name, String... permissions) {
        TenantAdmin admin = newTenantWithAdmin(name);
        return new Organisation(admin, apiKey(admin, permissions));
    }

    protected String apiKey(TenantAdmin admin, String... permissions) {
        GatewayClient.Response created = client.post("/api/v1/tenants/" + admin.tenantId() + "/credentials",
                "{\"type\":\"dripcel-api-key\",\"permissions\":" + jsonList(permissions) + "}", admin.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return (String) created.json().get("apiKey");
    }

    protected void contacts(Organisation org, String contactsJson) {
        GatewayClient.Response stored = client.put("/api/v1/tenants/" + org.admin().tenantId() + "/contacts",
                "{\"contacts\":" + contactsJson + "}", org.admin().token());
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
    }

    protected void template(Organisation org, String id, String templateJson) {
        GatewayClient.Response saved = client.put("/api/v1/tenants/" + org.admin().tenantId() + "/templates/" + id,
                templateJson, org.admin().token());
        assertThat(saved.status()).as(saved.toString()).isIn(200, 201);
    }

    /** The message as the Admin API shows it. */
    protected Map<String, Object> message(Organisation org, String messageId) {
        return client.get("/api/v1/tenants/" + org.admin().tenantId() + "/messages/" + messageId, org.admin().token()).json();
    }

    /** Waits until the dispatcher has captured the message's deliveries, and returns what it captured. */
    protected List<Object> captured(Organisation org, String channel, int count) throws InterruptedException {
        String path = "/api/v1/tenants/" + org.admin().tenantId() + "/captured?channel=" + channel;
        waitFor(() -> client.get(path, org.admin().token()).jsonList("captured").size() >= count);
        return client.get(path, org.admin().token()).jsonList("captured");
    }

    private static String jsonList(String... values) {
        return Arrays.stream(values).map(value -> "\"" + value + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    protected record Organisation(TenantAdmin admin, String apiKey) {
    }
}
