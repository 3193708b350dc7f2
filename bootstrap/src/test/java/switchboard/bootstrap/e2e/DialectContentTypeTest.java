package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's word on content types: Fliplet's routes and Capillary's {@code sendMessage} read
 * their bodies whatever the {@code Content-Type} says; Capillary's token route and Dripcel's read
 * JSON as JSON or without a {@code Content-Type}, and refuse a body sent as text or as a form
 * with a 400 in their own shape. Every dialect takes a body without a {@code Content-Type}.
 */
@MicronautTest(transactional = false)
class DialectContentTypeTest extends GatewayTest {

    private static final String CAPILLARY_PASSWORD = "capillary password";

    private String fliplet;
    private String dripcel;
    private String capillaryKey;
    private String capillarySecret;

    @BeforeAll
    void credentials() {
        client = new GatewayClient(server.getURI(), jsonMapper);
        TenantAdmin tenant = newTenantWithAdmin("Content types");
        fliplet = (String) credential(tenant, "{\"type\":\"fliplet-token\"}").get("token");
        dripcel = (String) credential(tenant, "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}")
                .get("apiKey");
        credential(tenant, "{\"type\":\"capillary-basic\",\"username\":\"typed\",\"password\":\"" + CAPILLARY_PASSWORD + "\"}");
        Map<String, Object> oauth = credential(tenant, "{\"type\":\"capillary-oauth\"}");
        capillaryKey = (String) oauth.get("key");
        capillarySecret = (String) oauth.get("secret");
        assertThat(client.put("/api/v1/tenants/" + tenant.tenantId() + "/templates/hello",
                "{\"name\":\"Hello\",\"subject\":\"Hello\",\"text\":\"Hello\"}", tenant.token()).status()).isEqualTo(201);
    }

    Stream<Arguments> routes() {
        String flipletEmail = "{\"to\":[{\"email\":\"ann@example.com\"}],\"subject\":\"Hi\",\"html\":\"<p>Hi</p>\"}";
        String flipletSms = "{\"provider\":\"twilio\",\"data\":{\"from\":\"+14155550100\",\"to\":\"+14155550101\",\"body\":\"Hi\"},"
                + "\"options\":{\"twilio_sid\":\"AC11111111111111111111111111111111\",\"twilio_auth_token\":\"token\"}}";
        return Stream.of(
                        route("/v1/communicate/email", flipletEmail, "Auth-token", "fliplet"),
                        route("/v1/communicate/email/batch", "{\"emails\":[" + flipletEmail + "]}", "Auth-token", "fliplet"),
                        route("/v1/communicate/sms", flipletSms, "Auth-token", "fliplet"),
                        route("/v1/communicate/sms/batch", "{\"sms\":[" + flipletSms + "]}", "Auth-token", "fliplet"),
                        route("/v2/communications/sendMessage", "{\"sms\":[{\"to\":\"919591471711\",\"body\":\"Hi\"}]}",
                                "Authorization", "capillary"),
                        route("/v3/oauth/token/generate", "{\"key\":\"%KEY%\",\"secret\":\"%SECRET%\"}", null, null),
                        route("/send/sms", "{\"content\":\"Hi\",\"cell\":\"0111111111\",\"skipNonContacts\":false,"
                                + "\"country\":\"ZA\",\"deliveryMethod\":\"standard\"}", "Authorization", "dripcel"),
                        route("/send/email/bulk", "{\"from\":\"news@example.com\",\"template_id\":\"hello\","
                                + "\"destinations\":[\"ann@example.com\"]}", "Authorization", "dripcel"))
                .flatMap(route -> Stream.of("application/json", "text/plain", "application/x-www-form-urlencoded", "none")
                        .map(type -> Arguments.of(route.get(0), type, route.get(1), route.get(2), route.get(3))));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routes")
    void eachRouteReadsTheContentTypesTheReadmeSays(String path, String contentType, String body, String header,
                                                         String credential) {
        HttpRequest.Builder request = client.request(path, null).POST(HttpRequest.BodyPublishers.ofString(
                body.replace("%KEY%", capillaryKey).replace("%SECRET%", capillarySecret)));
        if (!contentType.equals("none")) {
            request.header("Content-Type", contentType);
        }
        if (header != null) {
            request.header(header, switch (credential) {
                case "fliplet" -> fliplet;
                case "dripcel" -> "Bearer " + dripcel;
                default -> capillaryBasic("typed", CAPILLARY_PASSWORD);
            });
        }

        GatewayClient.Response answer = client.send(request);

        boolean readsAnyType = path.startsWith("/v1/communicate/") || path.startsWith("/v2/communications/");
        boolean json = contentType.equals("application/json") || contentType.equals("none");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(readsAnyType || json ? 200 : 400);
    }

    private static List<String> route(String path, String body, String header, String credential) {
        return Arrays.asList(path, body, header, credential);
    }
}
