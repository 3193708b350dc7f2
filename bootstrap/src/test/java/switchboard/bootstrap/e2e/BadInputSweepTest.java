package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import switchboard.adapter.out.persistence.Database;
import switchboard.bootstrap.e2e.BadRequest.Caller;
import switchboard.bootstrap.e2e.BadRequest.Endpoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input swept over every write endpoint of the four dialects, through the real HTTP server:
 * malformed JSON, wrong types, missing fields, huge strings, deep nesting, invalid UTF-8, line
 * breaks in email headers, unknown channels, wrong content types, empty and oversized bodies.
 * Every answer is a 4xx in the dialect's own error shape that names no exception nor class,
 * and no refused request creates a message.
 */
@MicronautTest(transactional = false)
class BadInputSweepTest extends GatewayTest {

    /** Kept low so that the oversized bodies are quick to send, and high enough for the 1 MB strings. */
    private static final int MAX_REQUEST_SIZE = 2 * 1024 * 1024;
    private static final String MEGABYTE = "x".repeat(1024 * 1024);
    private static final String LONG_PHONE = "1".repeat(100_000);
    private static final String LONG_ADDRESS = "a".repeat(100_000) + "@example.com";
    /** What an answer shows of a failure inside the gateway: exception and class names, stack frames. */
    private static final Pattern LEAK = Pattern.compile("Exception|\\b[A-Z]\\w+\\.([a-z]\\w*\\(|[A-Z_]{3,})"
            + "|\\b(java|javax|jakarta|io\\.micronaut|io\\.netty|com\\.fasterxml|switchboard)\\.[a-z]");

    private static final String FLIPLET_EMAIL_BODY = "{\"to\":[{\"email\":\"ann@example.com\"}],\"subject\":\"%s\","
            + "\"html\":\"<p>Hi</p>\"}";
    private static final String FLIPLET_SMS_BODY = "{\"provider\":\"twilio\",\"data\":{\"to\":\"+14155550100\","
            + "\"body\":\"%s\"}}";
    private static final Endpoint FLIPLET_EMAIL = new Endpoint(Caller.FLIPLET, "POST", "/v1/communicate/email",
            FLIPLET_EMAIL_BODY, "Hi");
    private static final Endpoint FLIPLET_EMAIL_BATCH = new Endpoint(Caller.FLIPLET, "POST", "/v1/communicate/email/batch",
            "{\"emails\":[" + FLIPLET_EMAIL_BODY + "]}", "Hi");
    private static final Endpoint FLIPLET_SMS = new Endpoint(Caller.FLIPLET, "POST", "/v1/communicate/sms",
            FLIPLET_SMS_BODY, "Hi");
    private static final Endpoint FLIPLET_SMS_BATCH = new Endpoint(Caller.FLIPLET, "POST", "/v1/communicate/sms/batch",
            "{\"sms\":[" + FLIPLET_SMS_BODY + "]}", "Hi");
    private static final List<Endpoint> FLIPLET = List.of(FLIPLET_EMAIL, FLIPLET_EMAIL_BATCH, FLIPLET_SMS, FLIPLET_SMS_BATCH);

    private static final String TENANT = "/api/v1/tenants/{t}";
    private static final Endpoint ADMIN_SEND = new Endpoint(Caller.TENANT_ADMIN, "POST", "/api/v1/communications/send",
            "{\"subject\":\"%s\",\"body\":\"b\",\"channels\":[\"Email\"],\"emailAddress\":\"ann@example.com\"}", "Hi");
    private static final Endpoint TENANTS = new Endpoint(Caller.PLATFORM_ADMIN, "POST", "/api/v1/tenants", "{\"name\":\"%s\"}",
            "Sweep control");
    private static final Endpoint CREDENTIALS = new Endpoint(Caller.TENANT_ADMIN, "POST", TENANT + "/credentials",
            "{\"type\":\"admin\",\"username\":\"%s\",\"password\":\"a long enough password\"}", "sweep-admin");
    private static final Endpoint CONTACTS = new Endpoint(Caller.TENANT_ADMIN, "PUT", TENANT + "/contacts",
            "{\"contacts\":[{\"id\":\"bob\",\"data\":{\"email\":\"bob@example.com\",\"name\":\"%s\"}}]}", "Bob");
    private static final Endpoint CONTACT_QUERY = new Endpoint(Caller.TENANT_ADMIN, "POST", TENANT + "/contacts/query",
            "{\"scope\":{\"name\":\"%s\"}}", "Bob");
    private static final Endpoint TEMPLATE = new Endpoint(Caller.TENANT_ADMIN, "PUT", TENANT + "/templates/sweep",
            "{\"name\":\"%s\",\"subject\":\"Welcome\",\"text\":\"Hello {{name}}\"}", "Sweep");
    private static final Endpoint PROVIDER = new Endpoint(Caller.TENANT_ADMIN, "PUT", TENANT + "/providers/push",
            "{\"primary\":{\"settings\":{\"projectId\":\"%s\"},\"secrets\":{\"serviceAccountJson\":\"{}\"}}}", "sweep-project");
    private static final Endpoint CONTACT_FIELDS = new Endpoint(Caller.TENANT_ADMIN, "PUT", TENANT + "/contact-fields",
            "{\"email\":[\"%s\"],\"phone\":[\"phone\"],\"pushTokens\":[\"pushTokens\"]}", "email");
    private static final Endpoint LOGIN = new Endpoint(Caller.NOBODY, "POST", "/login",
            "{\"username\":\"%s\",\"password\":\"" + ADMIN_PASSWORD + "\"}", GatewayTest.ADMIN);
    private static final List<Endpoint> ADMIN = List.of(ADMIN_SEND, TENANTS, CREDENTIALS, CONTACTS, CONTACT_QUERY, TEMPLATE,
            PROVIDER, CONTACT_FIELDS, LOGIN);

    private static final String SEND_MESSAGE = "/v2/communications/sendMessage?channel=";
    private static final Endpoint CAPILLARY_SMS = new Endpoint(Caller.CAPILLARY_BASIC, "POST", SEND_MESSAGE + "sms",
            "{\"sms\":[{\"to\":\"919591471711\",\"body\":\"%s\"}]}", "Hi");
    private static final Endpoint CAPILLARY_EMAIL = new Endpoint(Caller.CAPILLARY_BASIC, "POST", SEND_MESSAGE + "email",
            "{\"email\":[{\"to\":\"ann@example.com\",\"subject\":\"%s\",\"body\":\"Hi\"}]}", "Hi");
    private static final Endpoint CAPILLARY_WHATSAPP = new Endpoint(Caller.CAPILLARY_BASIC, "POST", SEND_MESSAGE + "whatsapp",
            "{\"root\":{\"whatsappMessage\":[{\"receiver\":\"919591471711\",\"template\":\"%s\"}]}}", "Hi");
    private static final Endpoint CAPILLARY_ZALO = new Endpoint(Caller.CAPILLARY_BASIC, "POST", SEND_MESSAGE + "zalo",
            "{\"zaloMessage\":[{\"receiver\":\"919591471711\",\"template\":\"%s\"}]}", "Hi");
    private static final List<Endpoint> CAPILLARY = List.of(CAPILLARY_SMS, CAPILLARY_EMAIL, CAPILLARY_WHATSAPP, CAPILLARY_ZALO);

    private static final Endpoint DRIPCEL_SMS = new Endpoint(Caller.DRIPCEL, "POST", "/send/sms", "{\"content\":\"%s\","
            + "\"cell\":\"0111111111\",\"skipNonContacts\":false,\"country\":\"ZA\",\"deliveryMethod\":\"standard\"}", "Hi");
    private static final Endpoint DRIPCEL_BULK = new Endpoint(Caller.DRIPCEL, "POST", "/send/email/bulk",
            "{\"from\":\"%s <news@example.com>\",\"template_id\":\"welcome\",\"destinations\":[\"ann@example.com\"],"
                    + "\"filter_non_contacts\":true}", "News");
    private static final List<Endpoint> DRIPCEL = List.of(DRIPCEL_SMS, DRIPCEL_BULK);

    @Inject
    Database database;

    private TenantAdmin tenant;
    private Map<Caller, Map<String, String>> credentials;
    private String oauthKey;
    private String oauthSecret;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("micronaut.server.max-request-size", String.valueOf(MAX_REQUEST_SIZE));
    }

    @BeforeAll
    void tenantWithEveryCredential() {
        client = new GatewayClient(server.getURI(), jsonMapper);
        tenant = newTenantWithAdmin("Sweep");
        String capillaryUser = "sweep-capillary";
        credential(tenant, "{\"type\":\"capillary-basic\",\"username\":\"" + capillaryUser + "\","
                + "\"password\":\"capillary password\"}");
        Map<String, Object> oauth = credential(tenant, "{\"type\":\"capillary-oauth\"}");
        oauthKey = (String) oauth.get("key");
        oauthSecret = (String) oauth.get("secret");
        String accessToken = (String) object(client.post("/v3/oauth/token/generate",
                "{\"key\":\"" + oauthKey + "\",\"secret\":\"" + oauthSecret + "\"}", null).json().get("data")).get("accessToken");
        credentials = Map.of(
                Caller.NOBODY, Map.of(),
                Caller.FLIPLET, Map.of("Auth-token", (String) credential(tenant, "{\"type\":\"fliplet-token\"}").get("token")),
                Caller.TENANT_ADMIN, Map.of("Authorization", "Bearer " + tenant.token()),
                Caller.PLATFORM_ADMIN, Map.of("Authorization", "Bearer " + platformAdminToken()),
                Caller.CAPILLARY_BASIC, Map.of("Authorization", capillaryBasic(capillaryUser, "capillary password")),
                Caller.CAPILLARY_OAUTH, Map.of("X-CAP-API-OAUTH-TOKEN", accessToken),
                Caller.DRIPCEL, Map.of("Authorization", "Bearer " + credential(tenant,
                        "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}").get("apiKey")));
        client.put("/api/v1/tenants/" + tenant.tenantId() + "/contacts",
                "{\"contacts\":[{\"id\":\"ann\",\"data\":{\"email\":\"ann@example.com\","
                        + "\"phone\":\"+14155550100\"}}]}", tenant.token());
        client.put("/api/v1/tenants/" + tenant.tenantId() + "/templates/welcome",
                "{\"name\":\"Welcome\",\"subject\":\"Welcome\",\"text\":\"Hello {{name}}\"}", tenant.token());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void eachEndpointAcceptsTheBodyItsBadOnesAreMadeFrom(Endpoint endpoint) {
        GatewayClient.Response response = send(endpoint.acceptedRequest());

        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fliplet")
    void flipletRefusesWithItsErrorBody(BadRequest request) {
        assertRefused(request, "application/json", body -> {
            assertThat(body).containsKeys("error", "message");
            assertThat(body.keySet()).isSubsetOf("error", "message", "results");
            assertThat(body.get("message")).isInstanceOf(String.class);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("admin")
    void theAdminApiRefusesWithProblemDetails(BadRequest request) {
        assertRefused(request, "application/problem+json", body ->
                assertThat(body).containsKeys("type", "title", "status", "detail"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capillary")
    void capillaryRefusesInItsStatusEnvelope(BadRequest request) {
        assertRefused(request, "application/json", body -> {
            assertThat(object(body.get("status"))).containsEntry("success", false).containsKeys("code", "message", "statusCode");
            assertThat(body.keySet()).as("the status, and the items when some were read")
                    .isSubsetOf("status", "smsList", "emails", "whatsapp", "zalo");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capillaryTokens")
    void capillarysTokenApiRefusesWithItsErrors(BadRequest request) {
        assertRefused(request, "application/json", body -> {
            assertThat(body).containsEntry("data", null).containsOnlyKeys("data", "errors");
            assertThat((List<?>) body.get("errors")).singleElement().satisfies(error ->
                    assertThat(object(error)).containsEntry("status", false).containsKeys("code", "message"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dripcel")
    void dripcelRefusesWithOkFalse(BadRequest request) {
        assertRefused(request, "application/json", body -> {
            assertThat(body).containsEntry("ok", false).containsOnlyKeys("ok", "error");
            assertThat((String) body.get("error")).isNotBlank();
        });
    }

    Stream<Endpoint> endpoints() {
        return Stream.of(FLIPLET, ADMIN, CAPILLARY, List.of(tokenEndpoint()), DRIPCEL).flatMap(List::stream);
    }

    Stream<BadRequest> fliplet() {
        return sweep(FLIPLET,
                FLIPLET_EMAIL.json("'to' as a string", "{\"to\":\"ann@example.com\",\"subject\":\"Hi\","
                        + "\"html\":\"<p>Hi</p>\"}"),
                FLIPLET_EMAIL.json("'subject' as an object", "{\"to\":[{\"email\":\"ann@example.com\"}],\"subject\":{\"a\":1},"
                        + "\"html\":\"x\"}"),
                FLIPLET_EMAIL.json("'headers' as a string", "{\"to\":[{\"email\":\"ann@example.com\"}],\"html\":\"x\","
                        + "\"headers\":\"X-A: b\"}"),
                FLIPLET_EMAIL.json("'attachments' as an object", "{\"to\":[{\"email\":\"ann@example.com\"}],\"html\":\"x\","
                        + "\"attachments\":{}}"),
                FLIPLET_EMAIL.json("no 'to'", "{\"subject\":\"Hi\",\"html\":\"<p>Hi</p>\"}"),
                FLIPLET_EMAIL.json("a recipient without an email", "{\"to\":[{\"name\":\"Ann\"}],\"html\":\"x\"}"),
                FLIPLET_EMAIL.json("a null recipient", "{\"to\":[null],\"html\":\"x\"}"),
                FLIPLET_EMAIL.json("a NUL in a recipient's name", "{\"to\":[{\"email\":\"ann@example.com\",\"name\":\"Ann\\u0000\"}],"
                        + "\"html\":\"x\"}"),
                FLIPLET_EMAIL.json("a NUL in the subject", "{\"to\":[{\"email\":\"ann@example.com\"}],\"subject\":\"Hi\\u0000\","
                        + "\"html\":\"x\"}"),
                FLIPLET_EMAIL.json("no body", "{\"to\":[{\"email\":\"ann@example.com\"}],\"subject\":\"Hi\"}"),
                FLIPLET_EMAIL.json("an unknown recipient type", "{\"to\":[{\"email\":\"ann@example.com\",\"type\":\"fax\"}],"
                        + "\"html\":\"x\"}"),
                FLIPLET_EMAIL.json("a 1 MB subject", "{\"to\":[{\"email\":\"ann@example.com\"}],"
                        + "\"subject\":\"" + MEGABYTE + "\",\"html\":\"x\"}"),
                FLIPLET_EMAIL.json("a 100k-character address", "{\"to\":[{\"email\":\"" + LONG_ADDRESS + "\"}],"
                        + "\"html\":\"x\"}"),
                FLIPLET_EMAIL.json("a 100k-character sender name", "{\"to\":[{\"email\":\"ann@example.com\"}],\"html\":\"x\","
                        + "\"from_name\":\"n".repeat(100_000) + "\"}"),
                FLIPLET_EMAIL.json("a 100k-character header value", "{\"to\":[{\"email\":\"ann@example.com\"}],\"html\":\"x\","
                        + "\"headers\":{\"X-Long\":\"" + "v".repeat(100_000) + "\"}}"),
                FLIPLET_EMAIL.json("CR/LF in the subject", "{\"to\":[{\"email\":\"ann@example.com\"}],"
                        + "\"subject\":\"Hi\\r\\nBcc: eve@example.com\",\"html\":\"x\"}"),
                FLIPLET_EMAIL.json("CR/LF in a header value", "{\"to\":[{\"email\":\"ann@example.com\"}],\"html\":\"x\","
                        + "\"headers\":{\"X-Evil\":\"a\\r\\nBcc: eve@example.com\"}}"),
                FLIPLET_EMAIL.json("a line break in a header value", "{\"to\":[{\"email\":\"ann@example.com\"}],\"html\":\"x\","
                        + "\"headers\":{\"X-Evil\":\"a\\nBcc: eve@example.com\"}}"),
                FLIPLET_EMAIL.json("CR/LF in a header name", "{\"to\":[{\"email\":\"ann@example.com\"}],\"html\":\"x\","
                        + "\"headers\":{\"X-A\\r\\nBcc\":\"eve@example.com\"}}"),
                FLIPLET_EMAIL.json("a header the message sets itself", "{\"to\":[{\"email\":\"ann@example.com\"}],"
                        + "\"html\":\"x\",\"headers\":{\"Bcc\":\"eve@example.com\"}}"),
                FLIPLET_EMAIL.json("CR/LF in the sender name", "{\"to\":[{\"email\":\"ann@example.com\"}],\"html\":\"x\","
                        + "\"from_name\":\"Ann\\r\\nBcc: eve@example.com\"}"),
                FLIPLET_EMAIL.json("CR/LF in a recipient's name", "{\"to\":[{\"email\":\"ann@example.com\","
                        + "\"name\":\"Ann\\r\\nBcc: eve@example.com\"}],\"html\":\"x\"}"),
                FLIPLET_EMAIL.json("a recipient's name of 201 characters", "{\"to\":[{\"email\":\"ann@example.com\","
                        + "\"name\":\"" + "n".repeat(201) + "\"}],\"html\":\"x\"}"),
                FLIPLET_EMAIL.json("CR/LF in an address",
                        "{\"to\":[{\"email\":\"ann@example.com\\r\\nBcc: eve@example.com\"}],\"html\":\"x\"}"),
                FLIPLET_EMAIL.json("CR/LF in an attachment's name", "{\"to\":[{\"email\":\"ann@example.com\"}],\"html\":\"x\","
                        + "\"attachments\":[{\"name\":\"a.txt\\r\\nBcc: eve@example.com\",\"content\":\"aGk=\","
                        + "\"encoding\":\"base64\"}]}"),
                FLIPLET_EMAIL.json("CR/LF in an image's name", "{\"to\":[{\"email\":\"ann@example.com\"}],\"html\":\"x\","
                        + "\"images\":[{\"name\":\"logo\\r\\nBcc: eve@example.com\",\"type\":\"image/png\","
                        + "\"content\":\"aGk=\"}]}"),
                FLIPLET_EMAIL.json("an attachment's content as a number", "{\"to\":[{\"email\":\"ann@example.com\"}],"
                        + "\"html\":\"x\",\"attachments\":[{\"name\":\"a.txt\",\"content\":5}]}"),
                FLIPLET_EMAIL.json("the scope form without its message", "{\"data\":{\"title\":\"t\"},"
                        + "\"scope\":{\"email\":\"ann@example.com\"}}"),
                FLIPLET_EMAIL.json("the scope form with a scope nested 400 deep", "{\"data\":{\"message\":\"m\"},\"scope\":"
                        + "{\"$and\":[".repeat(400) + "{\"email\":\"x\"}" + "]}".repeat(400) + "}"),
                FLIPLET_EMAIL.json("a scope with an operator that runs code", "{\"data\":{\"message\":\"m\"},"
                        + "\"scope\":{\"$where\":\"1\"}}"),
                FLIPLET_EMAIL_BATCH.json("'emails' as an object", "{\"emails\":{}}"),
                FLIPLET_EMAIL_BATCH.json("an empty 'emails'", "{\"emails\":[]}"),
                FLIPLET_EMAIL_BATCH.json("a null item", "{\"emails\":[null]}"),
                FLIPLET_EMAIL_BATCH.json("only bad items", "{\"emails\":[{\"html\":\"x\"},"
                        + "{\"to\":[{\"email\":\"not an address\"}],\"html\":\"x\"}]}"),
                FLIPLET_SMS.json("'data' as a string", "{\"provider\":\"twilio\",\"data\":\"+14155550100: Hi\"}"),
                FLIPLET_SMS.json("'options' as a list", "{\"provider\":\"twilio\",\"data\":{\"to\":\"+14155550100\","
                        + "\"body\":\"Hi\"},\"options\":[]}"),
                FLIPLET_SMS.json("no 'data'", "{\"provider\":\"twilio\"}"),
                FLIPLET_SMS.json("no 'to'", "{\"provider\":\"twilio\",\"data\":{\"body\":\"Hi\"}}"),
                FLIPLET_SMS.json("no provider", "{\"data\":{\"to\":\"+14155550100\",\"body\":\"Hi\"}}"),
                FLIPLET_SMS.json("an unknown provider", "{\"provider\":\"carrier-pigeon\",\"data\":{\"to\":\"+14155550100\","
                        + "\"body\":\"Hi\"}}"),
                FLIPLET_SMS.json("a 100k-character phone", "{\"provider\":\"twilio\",\"data\":{\"to\":\"+" + LONG_PHONE + "\","
                        + "\"body\":\"Hi\"}}"),
                FLIPLET_SMS.json("a 100k-character sender", "{\"provider\":\"twilio\","
                        + "\"data\":{\"from\":\"" + "A".repeat(100_000)
                        + "\",\"to\":\"+14155550100\",\"body\":\"Hi\"}}"),
                FLIPLET_SMS.json("CR/LF in the sender", "{\"provider\":\"twilio\",\"data\":{\"from\":\"Acme\\r\\nX: y\","
                        + "\"to\":\"+14155550100\",\"body\":\"Hi\"}}"),
                FLIPLET_SMS.json("half of the Twilio credentials", "{\"provider\":\"twilio\","
                        + "\"data\":{\"to\":\"+14155550100\",\"body\":\"Hi\"},"
                        + "\"options\":{\"twilio_sid\":\"AC81caaa94b3b84bb7ba9c3cd96bcb152a\"}}"),
                FLIPLET_SMS_BATCH.json("'sms' as a string", "{\"sms\":\"Hi\"}"),
                FLIPLET_SMS_BATCH.json("no 'sms'", "{\"messages\":[]}"),
                FLIPLET_SMS_BATCH.json("only bad items", "{\"sms\":[{\"provider\":\"twilio\",\"data\":{\"to\":\"+" + LONG_PHONE
                        + "\",\"body\":\"Hi\"}},null]}"));
    }

    Stream<BadRequest> admin() {
        return sweep(ADMIN,
                ADMIN_SEND.json("'channels' as a string", "{\"subject\":\"s\",\"body\":\"b\",\"channels\":\"Email\","
                        + "\"emailAddress\":\"ann@example.com\"}"),
                ADMIN_SEND.json("'subject' as an object", "{\"subject\":{},\"body\":\"b\",\"channels\":[\"Email\"],"
                        + "\"emailAddress\":\"ann@example.com\"}"),
                ADMIN_SEND.json("'isHtml' as a word", "{\"subject\":\"s\",\"body\":\"b\",\"channels\":[\"Email\"],"
                        + "\"emailAddress\":\"ann@example.com\",\"isHtml\":\"maybe\"}"),
                ADMIN_SEND.json("a NUL in the body", "{\"subject\":\"s\",\"body\":\"b\\u0000\",\"channels\":[\"Email\"],"
                        + "\"emailAddress\":\"ann@example.com\"}"),
                ADMIN_SEND.json("no subject", "{\"body\":\"b\",\"channels\":[\"Email\"],\"emailAddress\":\"ann@example.com\"}"),
                ADMIN_SEND.json("no channels", "{\"subject\":\"s\",\"body\":\"b\",\"channels\":[],"
                        + "\"emailAddress\":\"ann@example.com\"}"),
                ADMIN_SEND.json("a null channel", "{\"subject\":\"s\",\"body\":\"b\",\"channels\":[null],"
                        + "\"emailAddress\":\"ann@example.com\"}"),
                ADMIN_SEND.json("no address for its channel", "{\"subject\":\"s\",\"body\":\"b\",\"channels\":[\"Sms\"]}"),
                ADMIN_SEND.json("an unknown channel", "{\"subject\":\"s\",\"body\":\"b\",\"channels\":[\"Fax\"],"
                        + "\"emailAddress\":\"ann@example.com\"}"),
                ADMIN_SEND.json("a 1 MB subject", "{\"subject\":\"" + MEGABYTE + "\",\"body\":\"b\",\"channels\":[\"Email\"],"
                        + "\"emailAddress\":\"ann@example.com\"}"),
                ADMIN_SEND.json("a 100k-character phone", "{\"subject\":\"s\",\"body\":\"b\",\"channels\":[\"Sms\"],"
                        + "\"phoneNumber\":\"+"
                        + LONG_PHONE + "\"}"),
                ADMIN_SEND.json("a 100k-character address", "{\"subject\":\"s\",\"body\":\"b\",\"channels\":[\"Email\"],"
                        + "\"emailAddress\":\""
                        + LONG_ADDRESS + "\"}"),
                ADMIN_SEND.json("CR/LF in the subject", "{\"subject\":\"s\\r\\nBcc: eve@example.com\",\"body\":\"b\","
                        + "\"channels\":[\"Email\"],\"emailAddress\":\"ann@example.com\"}"),
                ADMIN_SEND.json("CR/LF in the address", "{\"subject\":\"s\",\"body\":\"b\",\"channels\":[\"Email\"],"
                        + "\"emailAddress\":\"ann@example.com\\r\\nBcc: eve@example.com\"}"),
                TENANTS.json("'name' as an object", "{\"name\":{\"en\":\"Acme\"}}"),
                TENANTS.json("a 1 MB name", "{\"name\":\"" + MEGABYTE + "\"}"),
                TENANTS.json("CR/LF in the name", "{\"name\":\"Acme\\r\\nCorp\"}"),
                CREDENTIALS.json("an unknown type", "{\"type\":\"root\"}"),
                CREDENTIALS.json("'permissions' as a string", "{\"type\":\"dripcel-api-key\","
                        + "\"permissions\":\"sendLog.create\"}"),
                CREDENTIALS.json("'access' as a list", "{\"type\":\"capillary-oauth\",\"access\":[\"Communication\"]}"),
                CREDENTIALS.json("an unknown access level", "{\"type\":\"capillary-oauth\","
                        + "\"access\":{\"Communication\":\"ALL\"}}"),
                CREDENTIALS.json("an admin without a password", "{\"type\":\"admin\",\"username\":\"nopass\"}"),
                CREDENTIALS.json("a 100k-character username", "{\"type\":\"admin\",\"username\":\"" + "u".repeat(100_000)
                        + "\",\"password\":\"a long enough password\"}"),
                CREDENTIALS.json("CR/LF in the username", "{\"type\":\"capillary-basic\",\"username\":\"till\\r\\nX\","
                        + "\"password\":\"a long enough password\"}"),
                CONTACTS.json("'contacts' as an object", "{\"contacts\":{\"id\":\"x\"}}"),
                CONTACTS.json("no contacts", "{\"contacts\":[]}"),
                CONTACTS.json("a contact without an id", "{\"contacts\":[{\"data\":{}}]}"),
                CONTACTS.json("a contact's data as a string", "{\"contacts\":[{\"id\":\"x\",\"data\":\"email=x\"}]}"),
                CONTACTS.json("a contact's data nested 100 deep", "{\"contacts\":[{\"id\":\"x\",\"data\":"
                        + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}]}"),
                CONTACTS.json("a 100k-character id", "{\"contacts\":[{\"id\":\"" + "i".repeat(100_000) + "\",\"data\":{}}]}"),
                CONTACTS.json("CR/LF in an id", "{\"contacts\":[{\"id\":\"x\\r\\ny\",\"data\":{}}]}"),
                CONTACT_QUERY.json("no scope", "{\"filter\":{}}"),
                CONTACT_QUERY.json("'scope' as a string", "{\"scope\":\"email = x\"}"),
                CONTACT_QUERY.json("a scope nested 400 deep", "{\"scope\":" + "{\"$and\":[".repeat(400) + "{\"email\":\"x\"}"
                        + "]}".repeat(400) + "}"),
                CONTACT_QUERY.json("an unknown operator", "{\"scope\":{\"email\":{\"$where\":\"1\"}}}"),
                TEMPLATE.json("no name", "{\"subject\":\"s\",\"text\":\"t\"}"),
                TEMPLATE.json("no body", "{\"name\":\"n\",\"subject\":\"s\"}"),
                TEMPLATE.json("'text' as an object", "{\"name\":\"n\",\"text\":{\"en\":\"t\"}}"),
                TEMPLATE.json("a 1 MB subject", "{\"name\":\"n\",\"subject\":\"" + MEGABYTE + "\",\"text\":\"t\"}"),
                TEMPLATE.json("CR/LF in the subject", "{\"name\":\"n\",\"subject\":\"s\\r\\nBcc: eve@example.com\","
                        + "\"text\":\"t\"}"),
                BadRequest.json("PUT " + TENANT + "/templates/{id}: an id with spaces", Caller.TENANT_ADMIN, "PUT",
                        TENANT + "/templates/a%20b", "{\"name\":\"n\",\"text\":\"t\"}"),
                PROVIDER.json("no primary account", "{\"fallback\":{\"settings\":{},\"secrets\":{}}}"),
                PROVIDER.json("'failoverAfter' as a word", "{\"primary\":{\"settings\":{},\"secrets\":{}},"
                        + "\"failoverAfter\":\"two\"}"),
                PROVIDER.json("a negative 'failoverAfter'", "{\"primary\":{\"settings\":{},\"secrets\":{}},"
                        + "\"failoverAfter\":-1}"),
                PROVIDER.json("'settings' as a list", "{\"primary\":{\"settings\":[\"from\"],\"secrets\":{}}}"),
                PROVIDER.json("CR/LF in a setting", "{\"primary\":{\"settings\":{\"projectId\":\"a\\r\\nb\"},"
                        + "\"secrets\":{\"serviceAccountJson\":\"{}\"}}}"),
                PROVIDER.json("a 1 MB setting", "{\"primary\":{\"settings\":{\"projectId\":\"" + MEGABYTE + "\"},"
                        + "\"secrets\":{\"serviceAccountJson\":\"{}\"}}}"),
                PROVIDER.json("a setting the provider lacks", "{\"primary\":{\"settings\":{\"from\":\"Acme\"},"
                        + "\"secrets\":{\"serviceAccountJson\":\"{}\"}}}"),
                BadRequest.json("PUT " + TENANT + "/providers/{channel}: an unknown channel", Caller.TENANT_ADMIN, "PUT",
                        TENANT + "/providers/fax", "{\"primary\":{\"settings\":{},\"secrets\":{}}}"),
                BadRequest.json("PUT " + TENANT + "/providers/{channel}: the in-app channel", Caller.TENANT_ADMIN, "PUT",
                        TENANT + "/providers/in_app", "{\"primary\":{\"settings\":{},\"secrets\":{}}}"),
                CONTACT_FIELDS.json("an empty list", "{\"email\":[],\"phone\":[\"phone\"],\"pushTokens\":[\"pushTokens\"]}"),
                CONTACT_FIELDS.json("a list of objects", "{\"email\":[{}],\"phone\":[\"phone\"],"
                        + "\"pushTokens\":[\"pushTokens\"]}"),
                BadRequest.withoutBody("POST " + TENANT
                        + "/inbox/{user}/{item}/read: an item id that is no id", Caller.TENANT_ADMIN,
                        "POST", TENANT + "/inbox/ann/not-an-id/read"),
                BadRequest.withoutBody("POST " + TENANT + "/inbox/{user}/{item}/read: an unknown item", Caller.TENANT_ADMIN,
                        "POST", TENANT + "/inbox/ann/00000000-0000-0000-0000-000000000000/read"),
                BadRequest.withoutBody("POST " + TENANT + "/inbox/{user}/{item}/read: a 2,"
                        + "000-character user", Caller.TENANT_ADMIN,
                        "POST", TENANT + "/inbox/" + "u".repeat(2_000) + "/00000000-0000-0000-0000-000000000000/read"),
                BadRequest.withoutBody("POST " + TENANT + "/deliveries/{id}/replay: an id that is no id", Caller.TENANT_ADMIN,
                        "POST", TENANT + "/deliveries/not-an-id/replay"),
                BadRequest.withoutBody("POST " + TENANT + "/deliveries/{id}/replay: an unknown delivery", Caller.TENANT_ADMIN,
                        "POST", TENANT + "/deliveries/00000000-0000-0000-0000-000000000000/replay"),
                BadRequest.withoutBody("POST " + TENANT + "/messages/{id}/cancel: an id that is no id", Caller.TENANT_ADMIN,
                        "POST", TENANT + "/messages/not-an-id/cancel"),
                BadRequest.withoutBody("DELETE " + TENANT + "/suppressions: an unknown channel", Caller.TENANT_ADMIN,
                        "DELETE", TENANT + "/suppressions?channel=fax&address=ann@example.com"),
                BadRequest.withoutBody("DELETE " + TENANT + "/suppressions: no address", Caller.TENANT_ADMIN,
                        "DELETE", TENANT + "/suppressions?channel=email"),
                BadRequest.withoutBody("DELETE " + TENANT + "/suppressions: no channel", Caller.TENANT_ADMIN,
                        "DELETE", TENANT + "/suppressions?address=ann@example.com"),
                BadRequest.withoutBody("DELETE " + TENANT + "/suppressions: an address that is none", Caller.TENANT_ADMIN,
                        "DELETE", TENANT + "/suppressions?channel=sms&address=" + "1".repeat(2_000)),
                BadRequest.withoutBody("GET " + TENANT + "/messages: an unknown status", Caller.TENANT_ADMIN,
                        "GET", TENANT + "/messages?status=lost"),
                BadRequest.withoutBody("GET " + TENANT + "/messages: a limit that is no number", Caller.TENANT_ADMIN,
                        "GET", TENANT + "/messages?limit=many"),
                BadRequest.withoutBody("GET " + TENANT + "/captured: an unknown channel", Caller.TENANT_ADMIN,
                        "GET", TENANT + "/captured?channel=fax"),
                BadRequest.json("PUT " + TENANT + "/credentials/{id}/password: a short password", Caller.TENANT_ADMIN, "PUT",
                        TENANT + "/credentials/" + UUID.randomUUID() + "/password", "{\"password\":\"short\"}"),
                BadRequest.json("PUT " + TENANT + "/credentials/{id}/password: 'password' as a number", Caller.TENANT_ADMIN, "PUT",
                        TENANT + "/credentials/" + UUID.randomUUID() + "/password", "{\"password\":123456789012345}"),
                BadRequest.json("PUT " + TENANT + "/credentials/{id}/password: no password", Caller.TENANT_ADMIN, "PUT",
                        TENANT + "/credentials/" + UUID.randomUUID() + "/password", "{}"),
                BadRequest.json("PUT " + TENANT + "/credentials/{id}/password: an unknown credential", Caller.TENANT_ADMIN, "PUT",
                        TENANT + "/credentials/" + UUID.randomUUID() + "/password", "{\"password\":\"a long enough password\"}"),
                BadRequest.json("PUT " + TENANT + "/credentials/{id}/password: an id that is no id", Caller.TENANT_ADMIN, "PUT",
                        TENANT + "/credentials/nope/password", "{\"password\":\"a long enough password\"}"),
                LOGIN.json("'username' as a list", "{\"username\":[\"admin\"],\"password\":\"p\"}"),
                LOGIN.json("no password", "{\"username\":\"admin\"}"),
                LOGIN.json("a 100k-character username", "{\"username\":\"" + "u".repeat(100_000) + "\",\"password\":\"p\"}"),
                LOGIN.raw("a text body", "text/plain", "admin:password".getBytes(StandardCharsets.UTF_8)),
                BadRequest.withoutBody("GET " + TENANT + "/audit: a time that is no time", Caller.TENANT_ADMIN,
                        "GET", TENANT + "/audit?from=yesterday"),
                BadRequest.withoutBody("GET " + TENANT + "/audit: a limit of zero", Caller.TENANT_ADMIN,
                        "GET", TENANT + "/audit?limit=0"),
                BadRequest.withoutBody("GET " + TENANT + "/audit: a negative offset", Caller.TENANT_ADMIN,
                        "GET", TENANT + "/audit?offset=-1"),
                BadRequest.withoutBody("GET /api/v1/audit: a tenant id that is none", Caller.PLATFORM_ADMIN,
                        "GET", "/api/v1/audit?tenantId=NOT%20A%20TENANT"),
                BadRequest.withoutBody("GET /api/v1/audit: an until that is no time", Caller.PLATFORM_ADMIN,
                        "GET", "/api/v1/audit?until=2026-13-45"),
                BadRequest.withoutBody("DELETE /api/v1/login-locks/usernames/{u}: by a tenant admin", Caller.TENANT_ADMIN,
                        "DELETE", "/api/v1/login-locks/usernames/admin"),
                BadRequest.withoutBody("PUT " + TENANT + "/suspension: by a tenant admin", Caller.TENANT_ADMIN,
                        "PUT", TENANT + "/suspension"),
                BadRequest.withoutBody("DELETE " + TENANT + "/suspension: by a tenant admin", Caller.TENANT_ADMIN,
                        "DELETE", TENANT + "/suspension"),
                BadRequest.withoutBody("DELETE " + TENANT + ": by a tenant admin", Caller.TENANT_ADMIN, "DELETE", TENANT),
                BadRequest.withoutBody("PUT /api/v1/tenants/{t}/suspension: a tenant id that is none", Caller.PLATFORM_ADMIN,
                        "PUT", "/api/v1/tenants/NOT%20A%20TENANT/suspension"),
                BadRequest.withoutBody("PUT /api/v1/tenants/{t}/suspension: an unknown tenant", Caller.PLATFORM_ADMIN,
                        "PUT", "/api/v1/tenants/no-such-tenant/suspension"),
                BadRequest.withoutBody("PUT /api/v1/tenants/{t}/suspension: the platform admin's own tenant",
                        Caller.PLATFORM_ADMIN, "PUT", "/api/v1/tenants/default/suspension"),
                BadRequest.withoutBody("DELETE /api/v1/tenants/{t}/suspension: a 2,000-character tenant id", Caller.PLATFORM_ADMIN,
                        "DELETE", "/api/v1/tenants/" + "t".repeat(2_000) + "/suspension"),
                BadRequest.withoutBody("DELETE /api/v1/tenants/{t}: a tenant id that is none", Caller.PLATFORM_ADMIN,
                        "DELETE", "/api/v1/tenants/NOT%20A%20TENANT"),
                BadRequest.withoutBody("DELETE /api/v1/tenants/{t}: an unknown tenant", Caller.PLATFORM_ADMIN,
                        "DELETE", "/api/v1/tenants/no-such-tenant"),
                BadRequest.withoutBody("DELETE /api/v1/tenants/{t}: the platform admin's own tenant", Caller.PLATFORM_ADMIN,
                        "DELETE", "/api/v1/tenants/default"));
    }

    Stream<BadRequest> capillary() {
        return sweep(CAPILLARY,
                CAPILLARY_SMS.json("'sms' as an object", "{\"sms\":{\"to\":\"919591471711\",\"body\":\"Hi\"}}"),
                CAPILLARY_SMS.json("'root' as a string", "{\"root\":\"sms\"}"),
                CAPILLARY_SMS.json("'to' as an object", "{\"sms\":[{\"to\":{\"number\":\"919591471711\"},\"body\":\"Hi\"}]}"),
                CAPILLARY_SMS.json("no items", "{\"sms\":[]}"),
                CAPILLARY_SMS.json("another channel's items", "{\"email\":[{\"to\":\"ann@example.com\",\"subject\":\"s\"}]}"),
                CAPILLARY_SMS.json("an item without a body", "{\"sms\":[{\"to\":\"919591471711\"}]}"),
                CAPILLARY_SMS.json("a null item", "{\"sms\":[null]}"),
                CAPILLARY_SMS.json("a time in the year 300000", "{\"sms\":[{\"to\":\"919591471711\",\"body\":\"Hi\","
                        + "\"scheduledTime\":\"+300000-01-01T00:00:00Z\"}]}"),
                CAPILLARY_SMS.json("a NUL in a body", "{\"sms\":[{\"to\":\"919591471711\",\"body\":\"Hi\\u0000\"}]}"),
                CAPILLARY_SMS.json("a 100k-character phone", "{\"sms\":[{\"to\":\"" + LONG_PHONE + "\",\"body\":\"Hi\"}]}"),
                CAPILLARY_SMS.json("a 100k-character sender", "{\"sms\":[{\"to\":\"919591471711\",\"body\":\"Hi\",\"sender\":\""
                        + "S".repeat(100_000) + "\"}]}"),
                CAPILLARY_SMS.json("CR/LF in the sender", "{\"sms\":[{\"to\":\"919591471711\",\"body\":\"Hi\","
                        + "\"sender\":\"Acme\\r\\nX: y\"}]}"),
                CAPILLARY_SMS.json("a time that is no time", "{\"sms\":[{\"to\":\"919591471711\",\"body\":\"Hi\","
                        + "\"scheduledTime\":\"soon\"}]}"),
                CAPILLARY_SMS.json("'root' nested 900 deep", "{\"root\":".repeat(900) + "{\"sms\":[]}" + "}".repeat(900)),
                CAPILLARY_EMAIL.json("no subject", "{\"email\":[{\"to\":\"ann@example.com\",\"body\":\"Hi\"}]}"),
                CAPILLARY_EMAIL.json("no recipient", "{\"email\":[{\"subject\":\"s\",\"body\":\"Hi\"}]}"),
                CAPILLARY_EMAIL.json("'attachments' as a string", "{\"email\":[{\"to\":\"ann@example.com\",\"subject\":\"s\","
                        + "\"attachments\":\"a.txt\"}]}"),
                CAPILLARY_EMAIL.json("a 1 MB subject", "{\"email\":[{\"to\":\"ann@example.com\","
                        + "\"subject\":\"" + MEGABYTE + "\",\"body\":\"Hi\"}]}"),
                CAPILLARY_EMAIL.json("a 100k-character address", "{\"email\":[{\"to\":\"" + LONG_ADDRESS + "\","
                        + "\"subject\":\"s\"}]}"),
                CAPILLARY_EMAIL.json("CR/LF in the subject", "{\"email\":[{\"to\":\"ann@example.com\","
                        + "\"subject\":\"s\\r\\nBcc: eve@example.com\"}]}"),
                CAPILLARY_EMAIL.json("CR/LF in an address",
                        "{\"email\":[{\"to\":\"ann@example.com\\r\\nBcc: eve@example.com\",\"subject\":\"s\"}]}"),
                CAPILLARY_EMAIL.json("CR/LF in the sender", "{\"email\":[{\"to\":\"ann@example.com\",\"subject\":\"s\","
                        + "\"from\":\"news@example.com\\r\\nBcc: eve@example.com\"}]}"),
                CAPILLARY_EMAIL.json("CR/LF in the sender's name", "{\"email\":[{\"to\":\"ann@example.com\",\"subject\":\"s\","
                        + "\"labelOfSender\":\"News\\r\\nBcc: eve@example.com\"}]}"),
                CAPILLARY_EMAIL.json("CR/LF in the reply-to address", "{\"email\":[{\"to\":\"ann@example.com\","
                        + "\"subject\":\"s\",\"replyToEmail\":\"news@example.com\\r\\nBcc: eve@example.com\"}]}"),
                CAPILLARY_EMAIL.json("CR/LF in an attachment's name", "{\"email\":[{\"to\":\"ann@example.com\","
                        + "\"subject\":\"s\","
                        + "\"attachments\":{\"attachment\":[{\"file_name\":\"a.txt\\r\\nX: y\",\"file_type\":\"text/plain\","
                        + "\"file_data\":\"hi\"}]}}]}"),
                CAPILLARY_WHATSAPP.json("no receiver", "{\"whatsappMessage\":[{\"template\":\"Hi\"}]}"),
                CAPILLARY_WHATSAPP.json("no template", "{\"whatsappMessage\":[{\"receiver\":\"919591471711\"}]}"),
                CAPILLARY_WHATSAPP.json("a 100k-character receiver", "{\"whatsappMessage\":[{\"receiver\":\"" + LONG_PHONE
                        + "\",\"template\":\"Hi\"}]}"),
                CAPILLARY_ZALO.json("'zaloMessage' as a number", "{\"zaloMessage\":1}"),
                CAPILLARY_ZALO.json("no receiver", "{\"zaloMessage\":[{\"template\":\"Hi\"}]}"),
                BadRequest.json("POST /v2/communications/sendMessage?channel=fax: an unknown channel", Caller.CAPILLARY_BASIC,
                        "POST", "/v2/communications/sendMessage?channel=fax", "{\"sms\":[{\"to\":\"919591471711\","
                                + "\"body\":\"Hi\"}]}"),
                BadRequest.json("POST /v2/communications/sendMessage?channel=push: a channel Capillary lacks",
                        Caller.CAPILLARY_BASIC,
                        "POST", "/v2/communications/sendMessage?channel=push", "{\"sms\":[{\"to\":\"919591471711\","
                                + "\"body\":\"Hi\"}]}"),
                BadRequest.json("POST /v2/communications/sendMessage: malformed JSON with an OAuth token", Caller.CAPILLARY_OAUTH,
                        "POST", "/v2/communications/sendMessage", "{\"sms\": [}"),
                BadRequest.json("POST /v2/communications/sendMessage: a 1 MB subject with an OAuth token", Caller.CAPILLARY_OAUTH,
                        "POST", "/v2/communications/sendMessage?channel=email",
                        "{\"email\":[{\"to\":\"ann@example.com\",\"subject\":\"" + MEGABYTE + "\"}]}"));
    }

    Stream<BadRequest> capillaryTokens() {
        Endpoint token = tokenEndpoint();
        return sweep(List.of(token),
                token.json("no secret", "{\"key\":\"" + oauthKey + "\"}"),
                token.json("'key' as a number", "{\"key\":5,\"secret\":\"s\"}"),
                token.json("'secret' as an object", "{\"key\":\"" + oauthKey + "\",\"secret\":{}}"),
                token.json("a 1 MB key", "{\"key\":\"" + MEGABYTE + "\",\"secret\":\"s\"}"),
                token.json("a wrong secret", "{\"key\":\"" + oauthKey + "\",\"secret\":\"not the secret\"}"));
    }

    Stream<BadRequest> dripcel() {
        String smsFields = "\"skipNonContacts\":false,\"country\":\"ZA\",\"deliveryMethod\":\"standard\"";
        return sweep(DRIPCEL,
                DRIPCEL_SMS.json("'skipNonContacts' as a word", "{\"content\":\"Hi\",\"cell\":\"0111111111\","
                        + "\"skipNonContacts\":\"yes\",\"country\":\"ZA\",\"deliveryMethod\":\"standard\"}"),
                DRIPCEL_SMS.json("a NUL in the content", "{\"content\":\"Hi\\u0000\",\"cell\":\"0111111111\"," + smsFields + "}"),
                DRIPCEL_SMS.json("'cell' as an object", "{\"content\":\"Hi\",\"cell\":{\"number\":\"0111111111\"},"
                        + smsFields + "}"),
                DRIPCEL_SMS.json("'testMode' as a word", "{\"content\":\"Hi\",\"cell\":\"0111111111\"," + smsFields
                        + ",\"sendOptions\":{\"testMode\":\"no\"}}"),
                DRIPCEL_SMS.json("'sendOptions' as a string", "{\"content\":\"Hi\",\"cell\":\"0111111111\"," + smsFields
                        + ",\"sendOptions\":\"testMode\"}"),
                DRIPCEL_SMS.json("no cell", "{\"content\":\"Hi\"," + smsFields + "}"),
                DRIPCEL_SMS.json("no content", "{\"cell\":\"0111111111\"," + smsFields + "}"),
                DRIPCEL_SMS.json("no skipNonContacts", "{\"content\":\"Hi\",\"cell\":\"0111111111\",\"country\":\"ZA\","
                        + "\"deliveryMethod\":\"standard\"}"),
                DRIPCEL_SMS.json("a country that is no country", "{\"content\":\"Hi\",\"cell\":\"0111111111\","
                        + "\"skipNonContacts\":false,\"country\":\"ZAF\",\"deliveryMethod\":\"standard\"}"),
                DRIPCEL_SMS.json("an unknown delivery method", "{\"content\":\"Hi\",\"cell\":\"0111111111\","
                        + "\"skipNonContacts\":false,\"country\":\"ZA\",\"deliveryMethod\":\"carrier-pigeon\"}"),
                DRIPCEL_SMS.json("a 100k-character cell", "{\"content\":\"Hi\",\"cell\":\"" + LONG_PHONE + "\","
                        + smsFields + "}"),
                DRIPCEL_SMS.json("a 100k-character campaign", "{\"content\":\"Hi\",\"cell\":\"0111111111\"," + smsFields
                        + ",\"campaign_id\":\"" + "c".repeat(100_000) + "\"}"),
                DRIPCEL_BULK.json("'destinations' as a string", "{\"from\":\"news@example.com\",\"template_id\":\"welcome\","
                        + "\"destinations\":\"ann@example.com\"}"),
                DRIPCEL_BULK.json("a start in the year 300000", "{\"from\":\"news@example.com\",\"template_id\":\"welcome\","
                        + "\"destinations\":[\"ann@example.com\"],\"to_start_at\":\"+300000-01-01T00:00:00Z\"}"),
                DRIPCEL_BULK.json("a null destination", "{\"from\":\"news@example.com\",\"template_id\":\"welcome\","
                        + "\"destinations\":[null]}"),
                DRIPCEL_BULK.json("no destinations", "{\"from\":\"news@example.com\",\"template_id\":\"welcome\","
                        + "\"destinations\":[]}"),
                DRIPCEL_BULK.json("no template", "{\"from\":\"news@example.com\",\"destinations\":[\"ann@example.com\"]}"),
                DRIPCEL_BULK.json("an unknown template", "{\"from\":\"news@example.com\",\"template_id\":\"farewell\","
                        + "\"destinations\":[\"ann@example.com\"]}"),
                DRIPCEL_BULK.json("a template id that is no id", "{\"from\":\"news@example.com\","
                        + "\"template_id\":\"../welcome\",\"destinations\":[\"ann@example.com\"]}"),
                DRIPCEL_BULK.json("'filter_non_contacts' as a word", "{\"from\":\"news@example.com\","
                        + "\"template_id\":\"welcome\","
                        + "\"destinations\":[\"ann@example.com\"],\"filter_non_contacts\":\"sure\"}"),
                DRIPCEL_BULK.json("a start that is no time", "{\"from\":\"news@example.com\",\"template_id\":\"welcome\","
                        + "\"destinations\":[\"ann@example.com\"],\"to_start_at\":\"tomorrow\"}"),
                DRIPCEL_BULK.json("a 100k-character destination", "{\"from\":\"news@example.com\",\"template_id\":\"welcome\","
                        + "\"destinations\":[\"" + LONG_ADDRESS + "\"]}"),
                DRIPCEL_BULK.json("a 1 MB sender name", "{\"from\":\"" + MEGABYTE + " <news@example.com>\","
                        + "\"template_id\":\"welcome\",\"destinations\":[\"ann@example.com\"]}"),
                DRIPCEL_BULK.json("CR/LF in the sender", "{\"from\":\"news@example.com\\r\\nBcc: eve@example.com\","
                        + "\"template_id\":\"welcome\",\"destinations\":[\"ann@example.com\"]}"),
                DRIPCEL_BULK.json("CR/LF in the sender's name", "{\"from\":\"News\\r\\nBcc: eve@example.com <news@example.com>\","
                        + "\"template_id\":\"welcome\",\"destinations\":[\"ann@example.com\"]}"),
                DRIPCEL_BULK.json("CR/LF in a destination", "{\"from\":\"news@example.com\",\"template_id\":\"welcome\","
                        + "\"destinations\":[\"ann@example.com\\r\\nBcc: eve@example.com\"]}"),
                BadRequest.withoutBody("GET /send/sms/{customerId}: an id that is no id", Caller.DRIPCEL, "GET",
                        "/send/sms/not-an-id"));
    }

    private Endpoint tokenEndpoint() {
        return new Endpoint(Caller.NOBODY, "POST", "/v3/oauth/token/generate",
                "{\"key\":\"" + oauthKey + "\",\"secret\":\"%s\"}", oauthSecret);
    }

    private static Stream<BadRequest> sweep(List<Endpoint> endpoints, BadRequest... specific) {
        return Stream.concat(endpoints.stream().flatMap(endpoint -> endpoint.unreadableBodies(MAX_REQUEST_SIZE)),
                Stream.of(specific));
    }

    /**
     * Sends a request that must be refused: a 4xx of the content type, in the shape {@code body}
     * checks, naming no exception nor class, and no message created.
     */
    private void assertRefused(BadRequest request, String contentType, Consumer<Map<String, Object>> body) {
        long before = messages();
        GatewayClient.Response response = send(request);
        String answer = request + " answered " + response.status() + " " + abbreviated(response.body());

        assertThat(response.status()).as(answer).isBetween(400, 499);
        assertThat(response.body()).as(answer + ": no exception, class nor stack frame is shown").doesNotContainPattern(LEAK);
        assertThat(response.header("Content-Type")).as(answer).startsWith(contentType);
        assertThat(response.json()).as(answer).satisfies(body::accept);
        assertThat(messages()).as(answer + ": no message was created").isEqualTo(before);
    }

    private GatewayClient.Response send(BadRequest request) {
        HttpRequest.Builder http = client.request(request.path().replace("{t}", tenant.tenantId()), null)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            http.header("Content-Type", request.contentType());
        }
        credentials.get(request.caller()).forEach(http::header);
        return client.send(http);
    }

    private long messages() {
        return database.read(connection -> Database.queryOne(connection, "SELECT COUNT(*) FROM message",
                row -> row.getLong(1)).orElseThrow());
    }

    private static String abbreviated(String body) {
        return body.length() > 500 ? body.substring(0, 500) + "..." : body;
    }
}
