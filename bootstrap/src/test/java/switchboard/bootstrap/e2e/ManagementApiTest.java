package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Tenants, credentials and contacts through the Admin API, and what each kind of admin may do. */
@MicronautTest(transactional = false)
class ManagementApiTest extends GatewayTest {

    @Test
    void theHealthCheckAnswersWithoutATokenAndShowsNoDetails() {
        GatewayClient.Response health = client.get("/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).isEqualTo(Map.of("status", "UP"));
        assertThat(client.get("/beans", null).status()).as("other management endpoints are off").isIn(401, 404);
    }

    @Test
    void thePlatformAdminCreatesTenants() {
        GatewayClient.Response created = client.post("/api/v1/tenants", "{\"name\":\"Acme Corp\"}", platformAdminToken());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).containsEntry("name", "Acme Corp");
        assertThat((String) created.json().get("id")).matches("acme-corp-[a-z0-9]{8}");
        Map<String, Object> tenant = client.get("/api/v1/tenants/" + created.json().get("id"), platformAdminToken()).json();
        assertThat(tenant.get("contactFields")).isEqualTo(Map.of("email", List.of("email"),
                "phone", List.of("phone", "cell", "mobile"), "pushTokens", List.of("pushTokens", "pushToken")));
    }

    @Test
    void aTenantAdminActsOnItsOwnTenantOnly() {
        TenantAdmin acme = newTenantWithAdmin("Acme");
        TenantAdmin globex = newTenantWithAdmin("Globex");

        assertThat(client.post("/api/v1/tenants", "{\"name\":\"Mine\"}", acme.token()).status()).isEqualTo(403);
        assertThat(client.get("/api/v1/tenants/" + acme.tenantId(), acme.token()).status()).isEqualTo(200);
        for (String path : List.of("", "/credentials", "/contacts", "/captured", "/inbox/someone",
                "/messages/00000000-0000-0000-0000-000000000000")) {
            GatewayClient.Response response = client.get("/api/v1/tenants/" + globex.tenantId() + path, acme.token());
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(client.put("/api/v1/tenants/" + globex.tenantId() + "/contacts",
                "{\"contacts\":[{\"id\":\"x\",\"data\":{}}]}", acme.token()).status()).isEqualTo(403);
        assertThat(client.post("/api/v1/tenants/" + globex.tenantId() + "/credentials", "{\"type\":\"fliplet-token\"}",
                acme.token()).status()).isEqualTo(403);
    }

    @Test
    void anAdminIsToldWhyNoRouteTookTheRequestAndNobodyElseIs() {
        TenantAdmin acme = newTenantWithAdmin("Unrouted");
        String contacts = "/api/v1/tenants/" + acme.tenantId() + "/contacts";

        GatewayClient.Response xml = client.send(client.request(contacts, acme.token()).header("Content-Type", "application/xml")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<contacts/>")));
        GatewayClient.Response wrongMethod = client.send(client.request(contacts, acme.token())
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        GatewayClient.Response noSuchPath = client.get("/api/v1/tenants/" + acme.tenantId() + "/nothing-here", acme.token());

        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.json().get("detail")).isEqualTo("This route takes its body as JSON (Content-Type: application/json).");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(noSuchPath.status()).isEqualTo(404);
        assertThat(List.of(xml, wrongMethod, noSuchPath)).allSatisfy(response ->
                assertThat(response.header("Content-Type")).startsWith("application/problem+json"));
        assertThat(client.get("/api/v1/tenants/" + acme.tenantId() + "/nothing-here", null).status())
                .as("without a token, nothing is learned of the routes").isEqualTo(401);
        assertThat(client.post("/api/v1/tenants", "{\"name\":\"Mine\"}", acme.token()).status())
                .as("a route the admin may not use is still forbidden").isEqualTo(403);
    }

    @Test
    void unknownTenantsAreNotFound() {
        GatewayClient.Response response = client.get("/api/v1/tenants/no-such-tenant/contacts", platformAdminToken());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json()).containsEntry("detail", "tenant 'no-such-tenant' does not exist");
    }

    @Test
    void eachCredentialTypeShowsItsSecretOnceAndNeverAgain() {
        TenantAdmin acme = newTenantWithAdmin("Keys");
        String base = "/api/v1/tenants/" + acme.tenantId() + "/credentials";

        Map<String, Object> fliplet = client.post(base, "{\"type\":\"fliplet-token\"}", acme.token()).json();
        Map<String, Object> dripcel = client.post(base, "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}",
                acme.token()).json();
        Map<String, Object> basic = client.post(base, """
                {"type":"capillary-basic","username":"till","password":"capillary password"}""", acme.token()).json();
        Map<String, Object> oauth = client.post(base, "{\"type\":\"capillary-oauth\",\"access\":{\"Communication\":\"write\"}}",
                acme.token()).json();

        assertThat(fliplet).containsOnlyKeys("id", "type", "token").containsEntry("type", "fliplet-token");
        assertThat(dripcel).containsOnlyKeys("id", "type", "apiKey");
        assertThat(basic).containsOnlyKeys("id", "type", "username").containsEntry("username", "till");
        assertThat(oauth).containsOnlyKeys("id", "type", "key", "secret");

        GatewayClient.Response list = client.get(base, acme.token());
        assertThat(list.body()).doesNotContain((String) fliplet.get("token"), (String) dripcel.get("apiKey"),
                (String) oauth.get("secret"), "capillary password");
        Map<Object, Map<?, ?>> byType = list.jsonList().stream().map(entry -> (Map<?, ?>) entry)
                .collect(Collectors.toMap(entry -> entry.get("type"), entry -> entry, (first, second) -> first));
        assertThat(byType.get("dripcel-api-key").get("permissions")).isEqualTo(List.of("sendLog.create"));
        assertThat(byType.get("capillary-basic").get("access")).isEqualTo(Map.of("Communication", "WRITE"));
        assertThat(byType.get("capillary-oauth").get("key")).isEqualTo(oauth.get("key"));
    }

    @Test
    void badCredentialRequestsAreProblems() {
        TenantAdmin acme = newTenantWithAdmin("Bad Keys");
        String base = "/api/v1/tenants/" + acme.tenantId() + "/credentials";
        client.post(base, "{\"type\":\"admin\",\"username\":\"taken\",\"password\":\"long enough password\"}", acme.token());

        assertThat(client.post(base, "{\"type\":\"root\"}", acme.token()).json().get("detail"))
                .isEqualTo("'root' is not a credential type; use one of admin, fliplet-token, dripcel-api-key, capillary-basic, capillary-oauth");
        assertThat(client.post(base, "{\"type\":\"admin\",\"username\":\"taken\",\"password\":\"another long password\"}",
                acme.token()).status()).isEqualTo(409);
        assertThat(client.post(base, "{\"type\":\"admin\",\"username\":\"new\",\"password\":\"short\"}", acme.token()).status())
                .isEqualTo(400);
        assertThat(client.post(base, "{\"type\":\"capillary-oauth\",\"access\":{\"Communication\":\"ALL\"}}", acme.token())
                .status()).isEqualTo(400);
    }

    @Test
    void aRevokedCredentialStopsWorkingAtOnce() {
        TenantAdmin acme = newTenantWithAdmin("Revoke");
        String base = "/api/v1/tenants/" + acme.tenantId() + "/credentials";
        String id = (String) client.post(base, "{\"type\":\"admin\",\"username\":\"leaver\",\"password\":\"leaver's password\"}",
                acme.token()).json().get("id");
        client.login("leaver", "leaver's password");

        assertThat(client.delete(base + "/" + id, acme.token()).status()).isEqualTo(204);
        assertThat(client.post("/login", "{\"username\":\"leaver\",\"password\":\"leaver's password\"}", null).status())
                .isEqualTo(401);
        assertThat(client.get(base, acme.token()).jsonList()).extracting(field("id")).doesNotContain(id);
        assertThat(client.delete(base + "/" + id, acme.token()).status()).isEqualTo(404);
    }

    @Test
    void contactsAreUpsertedInBulkListedGotAndDeleted() {
        TenantAdmin acme = newTenantWithAdmin("Contacts");
        String base = "/api/v1/tenants/" + acme.tenantId() + "/contacts";
        String thousands = IntStream.range(0, 2_000)
                .mapToObj(i -> String.format("{\"id\":\"c%04d\",\"data\":{\"email\":\"user%d@example.com\",\"age\":%d}}", i, i, i))
                .collect(Collectors.joining(",", "{\"contacts\":[", "]}"));

        assertThat(client.put(base, thousands, acme.token()).json()).containsEntry("count", 2000);
        Map<String, Object> page = client.get(base + "?offset=1990&limit=5", acme.token()).json();
        assertThat(page.get("total")).isEqualTo(2000);
        assertThat(page.get("contacts")).asList().extracting(field("id"))
                .containsExactly("c1990", "c1991", "c1992", "c1993", "c1994");

        client.put(base, "{\"contacts\":[{\"id\":\"c0001\",\"data\":{\"email\":\"new@example.com\",\"tags\":[\"a\",{\"b\":null}]}}]}",
                acme.token());
        assertThat(client.get(base + "/c0001", acme.token()).json()).isEqualTo(json("""
                {"id":"c0001","data":{"email":"new@example.com","tags":["a",{"b":null}]}}"""));

        assertThat(client.delete(base + "/c0001", acme.token()).status()).isEqualTo(204);
        assertThat(client.get(base + "/c0001", acme.token()).status()).isEqualTo(404);
        assertThat(client.delete(base, acme.token()).json()).containsEntry("count", 1999);
        assertThat(client.get(base, acme.token()).json()).containsEntry("total", 0);
    }

    @Test
    void aScopeQueryAnswersTheMatchingContactIdsPaged() {
        TenantAdmin acme = newTenantWithAdmin("Query");
        String base = "/api/v1/tenants/" + acme.tenantId() + "/contacts";
        client.put(base, """
                {"contacts":[{"id":"a","data":{"City":"Cape Town","Age":"35"}},{"id":"b","data":{"City":"Cape Town","Age":41}},
                             {"id":"c","data":{"City":"Durban","Age":29}}]}""", acme.token());

        assertThat(client.post(base + "/query", "{\"scope\":{\"City\":\"Cape Town\",\"Age\":{\"$gte\":30}}}", acme.token()).json())
                .isEqualTo(json("{\"count\":2,\"ids\":[\"a\",\"b\"],\"offset\":0,\"limit\":1000}"));
        assertThat(client.post(base + "/query?offset=1&limit=1", "{\"scope\":{}}", acme.token()).json())
                .containsEntry("count", 3).containsEntry("ids", List.of("b"));
        GatewayClient.Response bad = client.post(base + "/query", "{\"scope\":{\"Age\":{\"$EQ\":1}}}", acme.token());
        assertThat(bad.status()).isEqualTo(400);
        assertThat((String) bad.json().get("detail")).contains("$EQ");
    }

    @Test
    void badContactsAreRefusedWhole() {
        TenantAdmin acme = newTenantWithAdmin("Bad Contacts");
        String base = "/api/v1/tenants/" + acme.tenantId() + "/contacts";

        assertThat(client.put(base, "{\"contacts\":[{\"id\":\"a\",\"data\":{}},{\"id\":\"a\",\"data\":{}}]}", acme.token())
                .json().get("detail")).isEqualTo("the contact id 'a' appears twice");
        assertThat(client.put(base, "{\"contacts\":[{\"id\":\"b\",\"data\":{}},{\"id\":\"\",\"data\":{}}]}", acme.token())
                .status()).isEqualTo(400);
        assertThat(client.put(base, "{\"contacts\":[]}", acme.token()).status()).isEqualTo(400);
        assertThat(client.get(base, acme.token()).json()).containsEntry("total", 0);
    }

    @Test
    void aTenantRenamesItsContactFields() {
        TenantAdmin acme = newTenantWithAdmin("Fields");

        GatewayClient.Response updated = client.put("/api/v1/tenants/" + acme.tenantId() + "/contact-fields",
                "{\"email\":[\"work_email\"],\"phone\":[\"msisdn\"],\"pushTokens\":[\"devices\"]}", acme.token());

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("contactFields")).isEqualTo(Map.of("email", List.of("work_email"),
                "phone", List.of("msisdn"), "pushTokens", List.of("devices")));
        assertThat(client.put("/api/v1/tenants/" + acme.tenantId() + "/contact-fields", "{\"email\":[]}", acme.token()).status())
                .isEqualTo(400);
    }
}
