package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import switchboard.application.send.RecipientRequest.ToAddress;
import switchboard.application.send.SendCommand;
import switchboard.application.send.SendMessageUseCase;
import switchboard.domain.message.Content;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No credential of tenant A reads or sends as tenant B: A's admin is refused on every route of
 * B's, whatever it names, and each dialect's credential of A acts within A alone, where B's
 * templates, contacts and messages do not exist. The platform admin reaches both.
 */
@MicronautTest(transactional = false)
class TenantIsolationTest extends GatewayTest {

    private static final String TENANT_ROUTES = "/api/v1/tenants/{tenantId}";
    private static final String SMS = "{\"content\":\"Hi {{name}}\",\"cell\":\"+27821111111\",\"skipNonContacts\":true,"
            + "\"country\":\"ZA\",\"deliveryMethod\":\"standard\"}";

    @Inject
    Router router;
    @Inject
    SendMessageUseCase sendMessage;

    private TenantAdmin a;
    private TenantAdmin b;
    /** The values of B's path variables: ids of things B has. */
    private final Map<String, String> bIds = new TreeMap<>();
    private String flipletToken;
    private String dripcelKey;
    private String capillaryBasic;
    private String capillaryAccessToken;

    @BeforeAll
    void twoTenants() {
        client = new GatewayClient(server.getURI(), jsonMapper);
        a = newTenantWithAdmin("Tenant A");
        b = newTenantWithAdmin("Tenant B");
        upsertContact(a, "{\"id\":\"ann\",\"data\":{\"email\":\"ann@a.example\",\"phone\":\"+27820000000\",\"name\":\"Ann\"}}");
        upsertContact(b, "{\"id\":\"bob\",\"data\":{\"email\":\"bob@b.example\",\"phone\":\"+27821111111\",\"name\":\"Bob\"}}");
        String template = "{\"name\":\"Greeting\",\"subject\":\"Hi\",\"text\":\"Hi {{name}}\"}";
        client.put(tenantPath(a) + "/templates/a-only", template, a.token());
        client.put(tenantPath(b) + "/templates/b-only", template, b.token());
        client.put(tenantPath(b) + "/providers/push", "{\"primary\":{\"settings\":{\"projectId\":\"b-project\"},"
                + "\"secrets\":{\"serviceAccountJson\":\"{}\"}}}", b.token());
        client.post("/api/v1/communications/send", "{\"subject\":\"Hi\",\"body\":\"For Bob\",\"channels\":[\"InApp\"],"
                + "\"userId\":\"bob\"}", b.token());
        String scheduled = sendMessage.send(SendCommand.of(new TenantId(b.tenantId()), "admin", Content.text("Later", "For Bob"),
                        List.of(new ToAddress(Recipient.of(Channel.SMS, "+27821111111"))))
                .withNotBefore(Instant.now().plus(1, ChronoUnit.DAYS))).messageId().orElseThrow().toString();

        bIds.put("tenantId", b.tenantId());
        bIds.put("contactId", "bob");
        bIds.put("userId", "bob");
        bIds.put("templateId", "b-only");
        bIds.put("channel", "push");
        bIds.put("messageId", scheduled);
        bIds.put("deliveryId", (String) object(client.get(tenantPath(b) + "/messages/" + scheduled, b.token())
                .jsonList("deliveries").get(0)).get("id"));
        bIds.put("itemId", (String) object(client.get(tenantPath(b) + "/inbox/bob", b.token()).jsonList("items").get(0))
                .get("id"));
        bIds.put("credentialId", (String) object(client.get(tenantPath(b) + "/credentials", b.token()).jsonList().get(0))
                .get("id"));
        bIds.put("endpointId", (String) client.post(tenantPath(b) + "/event-endpoints",
                "{\"url\":\"https://hooks.b.example/events\"}", b.token()).json().get("id"));
        bIds.put("importId", (String) client.send(client.request(tenantPath(b) + "/contact-imports", b.token())
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"carol\",\"data\":{}}\n"))).json().get("id"));

        flipletToken = (String) credential(a, "{\"type\":\"fliplet-token\"}").get("token");
        dripcelKey = (String) credential(a, "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}").get("apiKey");
        credential(a, "{\"type\":\"capillary-basic\",\"username\":\"a-capillary\",\"password\":\"capillary password\"}");
        capillaryBasic = capillaryBasic("a-capillary", "capillary password");
        Map<String, Object> oauth = credential(a, "{\"type\":\"capillary-oauth\"}");
        capillaryAccessToken = (String) object(client.post("/v3/oauth/token/generate", "{\"key\":\"" + oauth.get("key")
                + "\",\"secret\":\"" + oauth.get("secret") + "\"}", null).json().get("data")).get("accessToken");
    }

    @Test
    void aTenantAdminIsForbiddenEveryRouteOfAnotherTenantAndChangesNothing() {
        Map<String, Object> before = stateOfB();

        assertThat(tenantRoutes()).hasSizeGreaterThan(25).allSatisfy(route -> {
            GatewayClient.Response response = call(route, a.token());
            assertThat(response.status()).as(route + " answered " + response).isEqualTo(403);
            assertThat(response.header("Content-Type")).as(route).startsWith("application/problem+json");
            assertThat(response.json().get("detail")).as(route)
                    .isEqualTo("this account may not act on tenant '" + b.tenantId() + "'");
        });
        assertThat(client.post("/api/v1/tenants", "{\"name\":\"Mine\"}", a.token()).status()).isEqualTo(403);

        assertThat(stateOfB()).isEqualTo(before);
    }

    @Test
    void thePlatformAdminAndTheTenantsOwnAdminReadEveryRouteOfIt() {
        String platform = platformAdminToken();

        assertThat(tenantRoutes()).filteredOn(route -> route.startsWith("GET ")).hasSizeGreaterThan(10).allSatisfy(route -> {
            assertThat(call(route, platform).status()).as(route).isEqualTo(200);
            assertThat(call(route, b.token()).status()).as(route).isEqualTo(200);
        });
        assertThat(client.get(tenantPath(a) + "/contacts", platform).jsonList("contacts")).extracting(field("id"))
                .containsExactly("ann");
    }

    @Test
    void aTenantAdminReadsOnlyItsTenantsAuditEntriesAndNoneOfThePlatformAdminsRoutes() {
        List<Object> bEntries = client.get(tenantPath(b) + "/audit", b.token()).jsonList("entries");
        List<Object> aEntries = client.get(tenantPath(a) + "/audit", a.token()).jsonList("entries");

        assertThat(bEntries).extracting(field("action")).contains("PUT /api/v1/tenants/{tenantId}/templates/{templateId}");
        assertThat(bEntries).extracting(field("tenantId")).containsOnly(b.tenantId());
        assertThat(aEntries).isNotEmpty().extracting(field("tenantId")).containsOnly(a.tenantId());
        assertThat(List.of(client.get("/api/v1/audit", a.token()), client.get("/api/v1/audit?tenantId=" + b.tenantId(), a.token()),
                client.delete("/api/v1/login-locks/usernames/admin", a.token()),
                client.delete("/api/v1/login-locks/addresses/127.0.0.1", a.token()))).allSatisfy(response -> {
                    assertThat(response.status()).as(response.toString()).isEqualTo(403);
                    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                });
        assertThat(client.get("/api/v1/audit?tenantId=" + b.tenantId(), platformAdminToken()).jsonList("entries"))
                .extracting(field("tenantId")).containsOnly(b.tenantId());
    }

    @Test
    void anAdminsSendReachesOnlyItsOwnTenantsUsers() {
        GatewayClient.Response response = client.post("/api/v1/communications/send",
                "{\"subject\":\"Hi\",\"body\":\"From A\",\"channels\":[\"InApp\"],\"userId\":\"bob\"}", a.token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).isEqualTo(List.of("InApp: User not found"));
        assertThat(client.get(tenantPath(b) + "/inbox/bob", b.token()).jsonList("items")).hasSize(1);
    }

    @Test
    void aFlipletTokenReachesOnlyItsOwnTenantsContacts() {
        String data = "\"data\":{\"title\":\"Hi\",\"message\":\"m\"}";
        GatewayClient.Response bobOnly = fliplet("{" + data + ",\"scope\":{\"email\":\"bob@b.example\"}}");
        GatewayClient.Response everyone = fliplet("{" + data + ",\"scope\":{\"name\":{\"$ne\":\"x\"}}}");

        assertThat(bobOnly.json()).containsEntry("recipients", 0);
        assertThat(everyone.jsonList("deliveries")).extracting(field("to")).containsExactly("ann@a.example");
        assertThat(messageIds(a)).contains(everyone.json().get("messageId"));
        assertThat(messageIds(b)).doesNotContain(everyone.json().get("messageId"));
    }

    @Test
    void aDripcelKeyKnowsOnlyItsOwnTenantsTemplatesContactsAndSends() {
        GatewayClient.Response template = dripcel("/send/email/bulk",
                "{\"from\":\"news@a.example\",\"template_id\":\"b-only\",\"destinations\":[\"bob@b.example\"]}");
        GatewayClient.Response sms = dripcel("/send/sms", SMS);
        GatewayClient.Response email = dripcel("/send/email/bulk", "{\"from\":\"news@a.example\",\"template_id\":\"a-only\","
                + "\"destinations\":[\"bob@b.example\",\"ann@a.example\"],\"filter_non_contacts\":true}");
        GatewayClient.Response status = client.send(client.request("/send/sms/" + bIds.get("messageId"), dripcelKey).GET());

        assertThat(template.status()).isEqualTo(400);
        assertThat(template.json()).isEqualTo(Map.of("ok", false, "error", "template_id 'b-only' names no template of yours"));
        assertThat(object(sms.json().get("data"))).as("Bob is no contact of A's").containsEntry("skipped", 1);
        assertThat(object(email.json().get("data"))).as("A's template reaches A's contact alone").containsEntry("accepted", 1)
                .containsEntry("skipped", 1);
        assertThat(status.status()).isEqualTo(404);
        assertThat(status.json()).containsEntry("ok", false);
    }

    @Test
    void capillaryCredentialsSendIntoTheirOwnTenantOnly() {
        List<Object> bBefore = messageIds(b);
        String body = "{\"sms\":[{\"to\":\"27821111111\",\"body\":\"Hi\"}]}";

        GatewayClient.Response basicSend = capillary(body, "Authorization", capillaryBasic);
        GatewayClient.Response oauthSend = capillary(body, "X-CAP-API-OAUTH-TOKEN", capillaryAccessToken);

        assertThat(List.of(basicSend, oauthSend)).allSatisfy(response -> assertThat(response.status()).isEqualTo(200));
        assertThat(messageIds(b)).isEqualTo(bBefore);
        assertThat(client.get(tenantPath(a) + "/messages?origin=capillary", a.token()).jsonList("messages")).hasSize(2);
    }

    @Test
    void noDialectCredentialOpensTheAdminApi() {
        for (String bearer : List.of(flipletToken, dripcelKey, capillaryAccessToken)) {
            assertThat(client.get(tenantPath(a) + "/messages", bearer).status()).isEqualTo(401);
        }
        assertThat(client.send(client.request(tenantPath(a) + "/messages", null).header("Authorization", capillaryBasic).GET())
                .status()).isEqualTo(401);
    }

    /** Every route under a tenant, as {@code METHOD /api/v1/tenants/{tenantId}/...}. */
    private List<String> tenantRoutes() {
        return router.uriRoutes().filter(route -> !route.getHttpMethod().name().equals("HEAD"))
                .map(route -> route.getHttpMethod().name() + " "
                        + route.getUriMatchTemplate().toPathString().replaceAll("\\{(\\w+)[^}]*}", "{$1}"))
                .filter(route -> route.contains(" " + TENANT_ROUTES))
                .distinct().sorted().toList();
    }

    /** Calls a route of B's with B's ids, and a body the route accepts: only the caller can be wrong. */
    private GatewayClient.Response call(String route, String token) {
        String method = route.substring(0, route.indexOf(' '));
        String path = route.substring(route.indexOf(' ') + 1);
        for (Map.Entry<String, String> id : bIds.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        String body = switch (route) {
            case "PUT " + TENANT_ROUTES + "/contact-fields" ->
                    "{\"email\":[\"email\"],\"phone\":[\"phone\"],\"pushTokens\":[\"pushTokens\"]}";
            case "POST " + TENANT_ROUTES + "/credentials" -> "{\"type\":\"fliplet-token\"}";
            case "PUT " + TENANT_ROUTES + "/contacts" -> "{\"contacts\":[{\"id\":\"mallory\",\"data\":{}}]}";
            case "POST " + TENANT_ROUTES + "/contacts/query" -> "{\"scope\":{}}";
            case "PUT " + TENANT_ROUTES + "/templates/{templateId}" -> "{\"name\":\"Taken over\",\"text\":\"x\"}";
            case "PUT " + TENANT_ROUTES + "/providers/{channel}" -> "{\"primary\":{\"settings\":{\"projectId\":\"a-project\"},"
                    + "\"secrets\":{\"serviceAccountJson\":\"{}\"}}}";
            case "PUT " + TENANT_ROUTES + "/retention" -> "{\"days\":1}";
            case "PUT " + TENANT_ROUTES + "/credentials/{credentialId}/password" -> "{\"password\":\"a password taken over\"}";
            case "POST " + TENANT_ROUTES + "/contact-imports" -> "{\"id\":\"mallory\",\"data\":{}}\n";
            case "POST " + TENANT_ROUTES + "/event-endpoints", "PUT " + TENANT_ROUTES + "/event-endpoints/{endpointId}" ->
                    "{\"url\":\"https://hooks.a.example/taken-over\"}";
            case "POST " + TENANT_ROUTES + "/event-endpoints/{endpointId}/replay" -> "{\"messageId\":\"" + bIds.get("messageId") + "\"}";
            default -> "";
        };
        String contentType = route.equals("POST " + TENANT_ROUTES + "/contact-imports") ? "application/x-ndjson"
                : "application/json";
        if (route.equals("DELETE " + TENANT_ROUTES + "/suppressions")) {
            path += "?channel=email&address=bob@b.example";
        }
        return client.send(client.request(path, token).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** What A's attempts on B could have changed. */
    private Map<String, Object> stateOfB() {
        String base = tenantPath(b);
        return Map.of("tenant", client.get(base, b.token()).body(),
                "event endpoints", client.get(base + "/event-endpoints", b.token()).body(),
                "credentials", client.get(base + "/credentials", b.token()).body(),
                "contacts", client.get(base + "/contacts", b.token()).body(),
                "templates", client.get(base + "/templates", b.token()).body(),
                "providers", client.get(base + "/providers", b.token()).body(),
                "inbox", client.get(base + "/inbox/bob", b.token()).body(),
                "scheduled", client.get(base + "/messages/" + bIds.get("messageId"), b.token()).body(),
                "messages", messageIds(b));
    }

    private List<Object> messageIds(TenantAdmin admin) {
        return client.get(tenantPath(admin) + "/messages?limit=1000", admin.token()).jsonList("messages").stream()
                .map(field("id")).toList();
    }

    private void upsertContact(TenantAdmin admin, String contact) {
        assertThat(client.put(tenantPath(admin) + "/contacts", "{\"contacts\":[" + contact + "]}", admin.token()).status())
                .isEqualTo(200);
    }

    private GatewayClient.Response fliplet(String body) {
        return client.send(client.request("/v1/communicate/email", null).header("Auth-token", flipletToken)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private GatewayClient.Response dripcel(String path, String body) {
        return client.post(path, body, dripcelKey);
    }

    private GatewayClient.Response capillary(String body, String header, String value) {
        return client.send(client.request("/v2/communications/sendMessage?channel=sms", null).header(header, value)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String tenantPath(TenantAdmin admin) {
        return "/api/v1/tenants/" + admin.tenantId();
    }
}
