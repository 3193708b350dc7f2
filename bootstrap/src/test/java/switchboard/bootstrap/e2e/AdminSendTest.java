package switchboard.bootstrap.e2e;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/communications/send}, as admin-communications-send.txt documents it. */
@MicronautTest(transactional = false)
class AdminSendTest extends GatewayTest {

    /** The documented example request, verbatim. */
    static final String DOCUMENTED_REQUEST = """
            {
              "subject": "System maintenance",
              "body": "A scheduled maintenance window starts at 22:00 UTC.",
              "channels": ["Email", "Sms", "InApp"],
              "emailAddress": "user@example.com",
              "phoneNumber": "+97455555555",
              "userId": "3f45ef0f-39d1-4d65-8eaa-5db7c0b8f763",
              "pushToken": null,
              "webhookUrl": null,
              "isHtml": false
            }""";

    /** The documented example response, verbatim. */
    static final String DOCUMENTED_RESPONSE = """
            {
              "results": [
                { "channel": "Email", "success": true, "error": null },
                { "channel": "Sms", "success": true, "error": null },
                { "channel": "InApp", "success": false, "error": "User not found" }
              ]
            }""";

    @Inject
    TokenGenerator tokens;

    @Test
    void theDocumentedExampleAnswersExactlyAsDocumentedOnAFreshTenant() {
        TenantAdmin acme = newTenantWithAdmin("Fresh Tenant");

        GatewayClient.Response response = client.post("/api/v1/communications/send", DOCUMENTED_REQUEST, acme.token());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(json(DOCUMENTED_RESPONSE));
        assertThat(response.body()).contains("\"error\":null");
    }

    @Test
    void capturesTheEmailAndSmsWithTheirContentForTheCallersTenant() {
        TenantAdmin acme = newTenantWithAdmin("Capture Check");
        client.post("/api/v1/communications/send", DOCUMENTED_REQUEST, acme.token());

        List<Object> captured = client.get("/api/v1/tenants/" + acme.tenantId() + "/captured", acme.token())
                .jsonList("captured");
        assertThat(captured).hasSize(2).extracting(field("channel"))
                .containsExactlyInAnyOrder("EMAIL", "SMS");
        Map<?, ?> email = (Map<?, ?>) client.get("/api/v1/tenants/" + acme.tenantId() + "/captured?channel=email", acme.token())
                .jsonList("captured").get(0);
        assertThat(email.get("to")).isEqualTo("user@example.com");
        assertThat(email.get("subject")).isEqualTo("System maintenance");
        assertThat(email.get("body")).isEqualTo("A scheduled maintenance window starts at 22:00 UTC.");
        assertThat(client.get("/api/v1/tenants/default/captured", platformAdminToken()).jsonList("captured"))
                .as("another tenant's captures").isEmpty();
    }

    @Test
    void anInAppMessageReachesAKnownUsersInbox() {
        TenantAdmin acme = newTenantWithAdmin("Inbox Check");
        client.put("/api/v1/tenants/" + acme.tenantId() + "/contacts",
                "{\"contacts\":[{\"id\":\"3f45ef0f-39d1-4d65-8eaa-5db7c0b8f763\",\"data\":{\"name\":\"Nora\"}}]}", acme.token());

        GatewayClient.Response response = client.post("/api/v1/communications/send", DOCUMENTED_REQUEST, acme.token());

        assertThat(response.json()).isEqualTo(json("""
                {"results": [{"channel": "Email", "success": true, "error": null},
                             {"channel": "Sms", "success": true, "error": null},
                             {"channel": "InApp", "success": true, "error": null}]}"""));
        String inbox = "/api/v1/tenants/" + acme.tenantId() + "/inbox/3f45ef0f-39d1-4d65-8eaa-5db7c0b8f763";
        Map<?, ?> item = (Map<?, ?>) client.get(inbox, acme.token()).jsonList("items").get(0);
        assertThat(item.get("title")).isEqualTo("System maintenance");
        assertThat(item.get("body")).isEqualTo("A scheduled maintenance window starts at 22:00 UTC.");
        assertThat(item.get("read")).isEqualTo(false);

        assertThat(client.post(inbox + "/" + item.get("id") + "/read", "", acme.token()).status()).isEqualTo(204);
        assertThat(((Map<?, ?>) client.get(inbox, acme.token()).jsonList("items").get(0)).get("read")).isEqualTo(true);
        assertThat(client.post(inbox + "/not-an-item/read", "", acme.token()).status()).isEqualTo(404);
    }

    @Test
    void theMessageStatusShowsEveryDelivery() {
        TenantAdmin acme = newTenantWithAdmin("Status Check");
        client.post("/api/v1/communications/send", DOCUMENTED_REQUEST, acme.token());
        Map<?, ?> captured = (Map<?, ?>) client.get("/api/v1/tenants/" + acme.tenantId() + "/captured", acme.token())
                .jsonList("captured").get(0);

        Map<String, Object> message = client.get("/api/v1/tenants/" + acme.tenantId() + "/messages/" + captured.get("messageId"),
                acme.token()).json();
        assertThat(message.get("origin")).isEqualTo("admin");
        assertThat(message.get("subject")).isEqualTo("System maintenance");
        assertThat(message.get("deliveries")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(2).allSatisfy(delivery -> {
            assertThat(((Map<?, ?>) delivery).get("status")).isEqualTo("CAPTURED");
            assertThat(((Map<?, ?>) delivery).get("attempts")).isEqualTo(1);
        });
        assertThat(client.get("/api/v1/tenants/default/messages/" + captured.get("messageId"), platformAdminToken()).status())
                .as("the message belongs to its tenant").isEqualTo(404);
    }

    @Test
    void aSendWhereEveryChannelFailsIsA400ProblemAndStoresNothing() {
        TenantAdmin acme = newTenantWithAdmin("All Fail");

        GatewayClient.Response response = client.post("/api/v1/communications/send", """
                {"subject":"s","body":"b","channels":["InApp"],"userId":"nobody"}""", acme.token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json()).containsEntry("status", 400).containsEntry("title", "Bad Request")
                .containsEntry("errors", List.of("InApp: User not found"));
        assertThat(client.get("/api/v1/tenants/" + acme.tenantId() + "/captured", acme.token()).jsonList("captured")).isEmpty();
    }

    @Test
    void anInvalidBodyIsA400ProblemNamingEachFault() {
        String token = platformAdminToken();

        GatewayClient.Response response = client.post("/api/v1/communications/send", """
                {"body":"b","channels":["Email","Fax","Sms","Email"]}""", token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.jsonList("errors")).containsExactlyInAnyOrder(
                "subject must not be blank",
                "channels: 'Fax' is not one of Email, Sms, Push, InApp, Webhook",
                "channels: Email is named twice",
                "emailAddress is required when the channels include Email",
                "phoneNumber is required when the channels include Sms");
    }

    @Test
    void malformedAddressesAndJsonAreProblemsToo() {
        String token = platformAdminToken();

        GatewayClient.Response badPhone = client.post("/api/v1/communications/send",
                "{\"subject\":\"s\",\"body\":\"b\",\"channels\":[\"Sms\"],\"phoneNumber\":\"97455555555\"}", token);
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat((String) badPhone.json().get("detail")).contains("E.164");

        GatewayClient.Response badJson = client.post("/api/v1/communications/send", "{\"subject\":", token);
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json()).containsEntry("detail", "The body is not valid JSON.");

        GatewayClient.Response wrongType = client.post("/api/v1/communications/send",
                "{\"subject\":\"s\",\"body\":\"b\",\"channels\":\"Email\"}", token);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void needsAnAdminToken() {
        assertThat(client.post("/api/v1/communications/send", DOCUMENTED_REQUEST, null).status()).isEqualTo(401);
        GatewayClient.Response forged = client.post("/api/v1/communications/send", DOCUMENTED_REQUEST,
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbIkFETUlOIl19.c2lnbmF0dXJl");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("Content-Type")).startsWith("application/problem+json");

        String notAnAdmin = tokens.generateToken(Authentication.build("viewer", List.of(), Map.of("tenant", "default")), 600)
                .orElseThrow();
        GatewayClient.Response forbidden = client.post("/api/v1/communications/send", DOCUMENTED_REQUEST, notAnAdmin);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json()).containsEntry("status", 403);
    }

    @Test
    void aWrongPasswordIsA401Problem() {
        GatewayClient.Response response = client.post("/login", "{\"username\":\"admin\",\"password\":\"wrong password\"}", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).containsEntry("detail", "The username or password is wrong.");
    }
}
