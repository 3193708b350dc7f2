package switchboard.bootstrap.e2e.guard;

import org.junit.jupiter.api.BeforeEach;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayClient;
import switchboard.bootstrap.e2e.GatewayTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the guards' end-to-end tests: a tenant holding a credential of every API, and one
 * send request for each send endpoint, with the caller's credential, and headers added at will.
 */
abstract class GuardTest extends GatewayTest {

    protected static final String EMAIL = "{\"to\":[{\"email\":\"ann@example.org\"}],\"subject\":\"Hi\",\"html\":\"<p>Hi</p>\"}";
    protected static final String SMS = "{\"provider\":\"twilio\",\"data\":{\"from\":\"+14155550100\",\"to\":\"+14155550101\","
            + "\"body\":\"Hi\"},\"options\":{\"twilio_sid\":\"AC81caaa94b3b84bb7ba9c3cd96bcb152a\",\"twilio_auth_token\":\"secret\"}}";
    protected static final String ADMIN_SEND = "{\"subject\":\"Hi\",\"body\":\"Hello\",\"channels\":[\"Email\"],"
            + "\"emailAddress\":\"ann@example.org\",\"isHtml\":false}";
    protected static final String CAPILLARY_SMS = "{\"root\":{\"sms\":[{\"to\":\"919591471711\",\"body\":\"747977 is your OTP\"}]}}";
    protected static final String DRIPCEL_SMS = "{\"content\":\"Hello\",\"cell\":\"0111111111\",\"skipNonContacts\":false,"
            + "\"country\":\"ZA\",\"deliveryMethod\":\"reverse\"}";
    protected static final String DRIPCEL_BULK = "{\"from\":\"news@acme.example\",\"template_id\":\"news\","
            + "\"destinations\":[\"ann@example.org\"]}";

    protected Tenant tenant;

    @BeforeEach
    void tenantWithEveryCredential() {
        tenant = newTenant("Guarded");
    }

    protected Tenant newTenant(String name) {
        TenantAdmin admin = newTenantWithAdmin(name);
        String username = "cap-" + admin.tenantId();
        credential(admin, "{\"type\":\"capillary-basic\",\"username\":\"" + username + "\",\"password\":\"capillary password\"}");
        GatewayClient.Response template = client.put("/api/v1/tenants/" + admin.tenantId() + "/templates/news",
                "{\"name\":\"News\",\"subject\":\"News\",\"text\":\"Hello\"}", admin.token());
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        return new Tenant(admin, (String) credential(admin, "{\"type\":\"fliplet-token\"}").get("token"),
                (String) credential(admin, "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}").get("apiKey"),
                GatewayClient.capillaryBasic(username, "capillary password"));
    }

    /** How many messages the tenant has. */
    protected int messages(Tenant of) {
        return client.get("/api/v1/tenants/" + of.admin().tenantId() + "/messages?limit=500", of.admin().token())
                .jsonList("messages").size();
    }

    /** One send endpoint: its path, a body it accepts, and the header carrying the caller's credential. */
    protected enum Endpoint {
        FLIPLET_EMAIL("/v1/communicate/email", EMAIL),
        FLIPLET_EMAIL_BATCH("/v1/communicate/email/batch", "{\"emails\":[" + EMAIL + "]}"),
        FLIPLET_SMS("/v1/communicate/sms", SMS),
        FLIPLET_SMS_BATCH("/v1/communicate/sms/batch", "{\"sms\":[" + SMS + "]}"),
        ADMIN("/api/v1/communications/send", ADMIN_SEND),
        CAPILLARY("/v2/communications/sendMessage?channel=sms", CAPILLARY_SMS),
        DRIPCEL_SMS("/send/sms", GuardTest.DRIPCEL_SMS),
        DRIPCEL_BULK_EMAIL("/send/email/bulk", DRIPCEL_BULK);

        final String path;
        final String body;

        Endpoint(String path, String body) {
            this.path = path;
            this.body = body;
        }
    }

    /** Sends the endpoint's body as the tenant's caller, with the extra headers (name, value, ...). */
    protected GatewayClient.Response send(Tenant as, Endpoint endpoint, String... headers) {
        return sendBody(as, endpoint, endpoint.body, headers);
    }

    protected GatewayClient.Response sendBody(Tenant as, Endpoint endpoint, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        all.addAll(switch (endpoint) {
            case ADMIN -> List.of("Authorization", "Bearer " + as.admin().token());
            case CAPILLARY -> List.of("Authorization", as.capillaryBasic());
            case DRIPCEL_SMS, DRIPCEL_BULK_EMAIL -> List.of("Authorization", "Bearer " + as.dripcelKey());
            default -> List.of("Auth-token", as.flipletToken());
        });
        return client.postWithHeaders(endpoint.path, body, all.toArray(String[]::new));
    }

    /** The answer is a refusal in the endpoint's API's own shape, with the status and words given. */
    protected static void assertRefusal(Endpoint endpoint, GatewayClient.Response answer, int status, String words) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        Map<String, Object> body = answer.json();
        switch (endpoint) {
            case ADMIN -> {
                assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
                assertThat(body).containsEntry("status", status).containsEntry("instance", "/api/v1/communications/send");
                assertThat((String) body.get("detail")).contains(words);
            }
            case CAPILLARY -> {
                Map<String, Object> envelope = object(body.get("status"));
                assertThat(envelope).containsEntry("success", false).containsEntry("count", 0);
                assertThat((String) envelope.get("message")).contains(words);
                assertThat(object(envelope.get("statusCode"))).containsEntry("status", false);
                assertThat(body).containsOnlyKeys("status");
            }
            case DRIPCEL_SMS, DRIPCEL_BULK_EMAIL -> {
                assertThat(body).containsEntry("ok", false).containsOnlyKeys("ok", "error");
                assertThat((String) body.get("error")).contains(words);
            }
            default -> {
                assertThat(body).containsOnlyKeys("error", "message");
                assertThat((String) body.get("message")).contains(words);
            }
        }
    }

    protected record Tenant(TenantAdmin admin, String flipletToken, String dripcelKey, String capillaryBasic) {
    }
}
