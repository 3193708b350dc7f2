package switchboard.bootstrap.e2e.capillary;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import switchboard.bootstrap.e2e.GatewayClient;
import switchboard.bootstrap.e2e.GatewayTest;

/**
 * End-to-end tests of the Capillary dialect: a tenant with a Capillary user and an OAuth client,
 * created through the Admin API, and calls carrying their credentials as Capillary clients do.
 */
abstract class CapillaryTest extends GatewayTest {

    static final String PASSWORD = "capillary user password";
    static final String OAUTH_HEADER = "X-CAP-API-OAUTH-TOKEN";

    /** A new tenant with an admin, a Capillary user (WRITE on Communication unless {@code access} says otherwise). */
    protected CapillaryTenant newCapillaryTenant(String name) {
        TenantAdmin admin = newTenantWithAdmin(name);
        String username = "cap-" + UUID.randomUUID().toString().substring(0, 8);
        return new CapillaryTenant(admin, username, createCredential(admin, "{\"type\":\"capillary-basic\",\"username\":\""
                + username + "\",\"password\":\"" + PASSWORD + "\"}"));
    }

    /** Creates a credential through the Admin API and returns the answer's fields. */
    protected Map<String, Object> createCredential(TenantAdmin admin, String body) {
        GatewayClient.Response created = client.post("/api/v1/tenants/" + admin.tenantId() + "/credentials", body, admin.token());
        if (created.status() != 201) {
            throw new IllegalStateException("could not create a credential: " + created);
        }
        return created.json();
    }

    protected void revoke(TenantAdmin admin, Object credentialId) {
        GatewayClient.Response revoked = client.delete("/api/v1/tenants/" + admin.tenantId() + "/credentials/" + credentialId,
                admin.token());
        if (revoked.status() != 204) {
            throw new IllegalStateException("could not revoke a credential: " + revoked);
        }
    }

    /** POST {@code path} with the body and the headers given as name, value, name, value... */
    protected GatewayClient.Response post(String path, String body, String... headers) {
        return client.postWithHeaders(path, body, headers);
    }

    /** The body's list of this tenant's captured deliveries of a channel. */
    protected List<Object> captured(CapillaryTenant tenant, String channel) {
        return client.get("/api/v1/tenants/" + tenant.admin().tenantId() + "/captured?channel=" + channel,
                tenant.admin().token()).jsonList("captured");
    }

    protected record CapillaryTenant(TenantAdmin admin, String username, Map<String, Object> credential) {

        String basic() {
            return capillaryBasic(username, PASSWORD);
        }

        GatewayClient.Response send(CapillaryTest test, String channel, String body) {
            return test.post("/v2/communications/sendMessage" + (channel == null ? "" : "?channel=" + channel), body,
                    "Authorization", basic());
        }
    }
}
