package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients keep their secrets when they move to the gateway: each credential type takes the one
 * its clients send today, one at a time or from an accounts file, and those clients are let in.
 */
@MicronautTest(transactional = false)
class CredentialMigrationTest extends GatewayTest {

    private static final String FLIPLET_SMS = """
            {"provider":"twilio","data":{"from":"+14155550123","to":"+14155550100","body":"Your code is 1234"},
             "options":{"twilio_sid":"AC81caaa94b3b84bb7ba9c3cd96bcb152a","twilio_auth_token":"s3cr3t-t0ken"}}""";
    private static final String DRIPCEL_SMS = "{\"content\":\"Hello\",\"cell\":\"0111111111\",\"country\":\"ZA\",\"deliveryMethod\":\"standard\",\"skipNonContacts\":false,\"sendOptions\":{\"testMode\":true}}";
    private static final String CAPILLARY_SMS = "{\"sms\": [{\"to\": \"919591471711\", \"body\": \"Your code is 1234\"}]}";

    @Test
    void everyTypeTakesTheSecretItsClientsSendAlreadyAndNeverShowsItBack() {
        TenantAdmin admin = newTenantWithAdmin("Migrated one by one");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String flipletToken = "eu--fliplet-token-" + suffix;
        String apiKey = "dripcel-key-" + suffix;

        List<Map<String, Object>> created = List.of(
                credential(admin, "{\"type\":\"fliplet-token\",\"token\":\"" + flipletToken + "\"}"),
                credential(admin, "{\"type\":\"dripcel-api-key\",\"apiKey\":\"" + apiKey + "\",\"permissions\":[\"sendLog.create\"]}"),
                credential(admin, "{\"type\":\"capillary-basic\",\"username\":\"short-" + suffix + "\",\"password\":\"abc\"}"),
                credential(admin, "{\"type\":\"capillary-basic\",\"username\":\"md5-" + suffix + "\",\"passwordMd5\":\""
                        + md5Hex("what the client hashes").toUpperCase() + "\"}"),
                credential(admin, "{\"type\":\"capillary-oauth\",\"key\":\"key-" + suffix + "\",\"secret\":\"oauth-secret-" + suffix + "\"}"));

        assertThat(created).allSatisfy(answer -> assertThat(answer).doesNotContainKeys("token", "apiKey", "secret"));
        assertThat(created.get(4)).containsEntry("key", "key-" + suffix);
        assertThat(client.send(flipletSms(flipletToken)).status()).isEqualTo(200);
        GatewayClient.Response dripcel = client.post("/send/sms", DRIPCEL_SMS, apiKey);
        assertThat(dripcel.status()).as(dripcel.body()).isEqualTo(200);
        assertThat(capillarySms(capillaryBasic("short-" + suffix, "abc")).status()).isEqualTo(200);
        assertThat(capillarySms(capillaryBasic("md5-" + suffix, "what the client hashes")).status()).isEqualTo(200);
        GatewayClient.Response oauth = client.postWithHeaders("/v3/oauth/token/generate",
                "{\"key\":\"key-" + suffix + "\",\"secret\":\"oauth-secret-" + suffix + "\"}");
        assertThat(oauth.status()).as(oauth.body()).isEqualTo(200);
    }

    @Test
    void aTakenSecretOrKeyIsRefusedWithoutRepeatingTheSecret() {
        TenantAdmin admin = newTenantWithAdmin("Migrated twice");
        String token = "eu--taken-token-" + UUID.randomUUID();
        credential(admin, "{\"type\":\"fliplet-token\",\"token\":\"" + token + "\"}");

        GatewayClient.Response again = client.post("/api/v1/tenants/" + admin.tenantId() + "/credentials",
                "{\"type\":\"fliplet-token\",\"token\":\"" + token + "\"}", admin.token());
        GatewayClient.Response tooShort = client.post("/api/v1/tenants/" + admin.tenantId() + "/credentials",
                "{\"type\":\"fliplet-token\",\"token\":\"short\"}", admin.token());
        GatewayClient.Response shortAdmin = client.post("/api/v1/tenants/" + admin.tenantId() + "/credentials",
                "{\"type\":\"admin\",\"username\":\"short-admin\",\"password\":\"abc\"}", admin.token());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json()).containsEntry("detail", "this Fliplet token belongs to another credential already");
        assertThat(again.body()).doesNotContain(token);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).doesNotContain("\"short\"");
        assertThat(shortAdmin.status()).as("the 12-character rule stays for admins").isEqualTo(400);
    }

    @Test
    void anAccountsFileIsImportedWholeByThePlatformAdminOnly() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String tenant = "migrated-" + suffix;
        String file = "{\"tenant\":{\"id\":\"" + tenant + "\",\"name\":\"Migrated\"}}\n"
                + "\n"
                + "{\"tenantId\":\"" + tenant + "\",\"credential\":{\"type\":\"fliplet-token\",\"token\":\"eu--file-" + suffix + "\"}}\r\n"
                + "{\"tenantId\":\"" + tenant + "\",\"credential\":{\"type\":\"capillary-basic\",\"username\":\"file-" + suffix
                + "\",\"passwordMd5\":\"" + md5Hex("pw") + "\"}}\n";

        GatewayClient.Response byTenantAdmin = importAccounts(file, newTenantWithAdmin("Not the platform").token());
        GatewayClient.Response imported = importAccounts(file, platformAdminToken());

        assertThat(byTenantAdmin.status()).isEqualTo(403);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json()).isEqualTo(Map.of("tenants", 1, "credentials", 2));
        assertThat(client.send(flipletSms("eu--file-" + suffix)).status()).isEqualTo(200);
        assertThat(capillarySms(capillaryBasic("file-" + suffix, "pw")).status()).isEqualTo(200);
    }

    @Test
    void aFileWithRefusedLinesImportsNothingAndNamesEachLine() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String tenant = "refused-" + suffix;
        String file = "{\"tenant\":{\"id\":\"" + tenant + "\",\"name\":\"Refused\"}}\n"
                + "{\"tenantId\":\"" + tenant + "\",\"credential\":{\"type\":\"fliplet-token\",\"token\":\"eu--kept-out-" + suffix + "\"}}\n"
                + "not json\n"
                + "{\"tenantId\":\"nobody-" + suffix + "\",\"credential\":{\"type\":\"fliplet-token\",\"token\":\"eu--other-" + suffix + "\"}}\n"
                + "{\"tenantId\":\"" + tenant + "\",\"credential\":{\"type\":\"fliplet-token\",\"token\":\"eu--kept-out-" + suffix + "\"}}\n"
                + "{\"tenantId\":\"" + tenant + "\",\"credential\":{\"type\":\"admin\",\"username\":\"x\",\"password\":\"short\"}}\n";

        GatewayClient.Response refused = importAccounts(file, platformAdminToken());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json()).containsEntry("detail", "4 line(s) refused; nothing was imported");
        assertThat(refused.json().get("errors")).isEqualTo(List.of(
                "line 3: not a JSON object of the documented shape",
                "line 4: tenant 'nobody-" + suffix + "' does not exist",
                "line 5: this Fliplet token belongs to another credential already",
                "line 6: a password is 12 to 200 characters"));
        assertThat(client.get("/api/v1/tenants/" + tenant, platformAdminToken()).status()).isEqualTo(404);
        assertThat(client.send(flipletSms("eu--kept-out-" + suffix)).status()).isEqualTo(401);
    }

    private GatewayClient.Response importAccounts(String file, String token) {
        return client.send(client.request("/api/v1/imports/accounts", token).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(file)));
    }

    private HttpRequest.Builder flipletSms(String token) {
        return client.request("/v1/communicate/sms", null).header("Auth-token", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(FLIPLET_SMS));
    }

    private GatewayClient.Response capillarySms(String authorization) {
        return client.postWithHeaders("/v2/communications/sendMessage?channel=sms", CAPILLARY_SMS,
                "Authorization", authorization);
    }
}
