package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * Addresses valid under RFC 5321 beyond the common form, through every dialect to GreenMail:
 * quoted local parts are accepted and delivered; internationalised addresses (RFC 6531) are
 * accepted, and fail at send time with a clear error, since GreenMail does not offer SMTPUTF8.
 */
@MicronautTest(transactional = false)
class EmailAddressFidelityTest extends GatewayTest {

    private static final List<String> QUOTED = List.of("\"john doe\"@example.com", "\"a@b\"@example.com", "\"a,b\"@example.com");

    @RegisterExtension
    final TestSmtpServer smtp = new TestSmtpServer();

    @Override
    protected Map<String, String> extraProperties() {
        return smtp.gatewayProperties();
    }

    @Test
    void everyDialectAcceptsQuotedLocalPartsAndTheyAreDelivered() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Quoted local parts");
        String fliplet = (String) credential(tenant, "{\"type\":\"fliplet-token\"}").get("token");
        String dripcel = (String) credential(tenant, "{\"type\":\"dripcel-api-key\",\"permissions\":[\"sendLog.create\"]}")
                .get("apiKey");
        credential(tenant, "{\"type\":\"capillary-basic\",\"username\":\"quoted\",\"password\":\"capillary password\"}");
        assertThat(client.put("/api/v1/tenants/" + tenant.tenantId() + "/templates/hello",
                "{\"name\":\"Hello\",\"subject\":\"From Dripcel\",\"text\":\"Hello\"}", tenant.token()).status()).isEqualTo(201);

        List<GatewayClient.Response> answers = new ArrayList<>(List.of(
                client.postWithHeaders("/v1/communicate/email", "{\"to\":" + QUOTED.stream().map(address -> "{\"email\":"
                        + jsonString(address) + "}").collect(Collectors.joining(",", "[", "]"))
                        + ",\"subject\":\"From Fliplet\",\"text\":\"Hello\"}", "Auth-token", fliplet),
                client.postWithHeaders("/v2/communications/sendMessage?channel=email", "{\"email\":[{\"to\":"
                        + jsonString(String.join(", ", QUOTED)) + ",\"subject\":\"From Capillary\",\"body\":\"Hello\"}]}",
                        "Authorization", capillaryBasic("quoted", "capillary password")),
                client.post("/send/email/bulk", "{\"from\":\"news@example.com\",\"template_id\":\"hello\",\"destinations\":"
                        + QUOTED.stream().map(EmailAddressFidelityTest::jsonString).collect(Collectors.joining(",", "[", "]"))
                        + "}", dripcel)));
        QUOTED.forEach(address -> answers.add(client.post("/api/v1/communications/send", adminSend(address), tenant.token())));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
        assertThat(answers.get(1).body()).as("Capillary's item has no errors").doesNotContain("8055");
        waitFor(() -> smtp.received().length == 4 * QUOTED.size());
        for (String quoted : QUOTED) {
            assertThat(smtp.copiesFor(quoted)).as(quoted).extracting(subject())
                    .containsExactlyInAnyOrder("From Fliplet", "From Capillary", "From Dripcel", "From the Admin API");
        }
    }

    @Test
    void anInternationalisedAddressIsAcceptedAndFailsAtSendTimeWhenTheServerOffersNoSmtpUtf8() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Internationalised addresses");
        String fliplet = (String) credential(tenant, "{\"type\":\"fliplet-token\"}").get("token");

        GatewayClient.Response accepted = client.postWithHeaders("/v1/communicate/email",
                "{\"to\":[{\"email\":\"josé@example.com\"},{\"email\":\"user@bücher.example\"}],\"subject\":\"Hi\",\"text\":\"Hi\"}",
                "Auth-token", fliplet);
        GatewayClient.Response admin = client.post("/api/v1/communications/send", adminSend("josé@example.com"), tenant.token());

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(admin.status()).as(admin.toString()).isEqualTo(400);
        assertThat(admin.body()).as("every channel failed: a ProblemDetails that says why").contains("SMTPUTF8");
        String path = "/api/v1/tenants/" + tenant.tenantId() + "/messages/" + accepted.json().get("messageId");
        waitFor(() -> client.get(path, tenant.token()).jsonList("deliveries").stream()
                .allMatch(delivery -> "FAILED".equals(object(delivery).get("status"))));
        assertThat(client.get(path, tenant.token()).jsonList("deliveries")).extracting(field("lastError"))
                .containsExactlyInAnyOrder(
                        "'josé@example.com' is an internationalised address (RFC 6531), and the SMTP server does not offer"
                                + " SMTPUTF8 to carry it",
                        "'user@bücher.example' is an internationalised address (RFC 6531), and the SMTP server does not offer"
                                + " SMTPUTF8 to carry it");
        assertThat(smtp.received()).isEmpty();
    }

    private static String adminSend(String address) {
        return "{\"subject\":\"From the Admin API\",\"body\":\"Hello\",\"channels\":[\"Email\"],\"emailAddress\":"
                + jsonString(address) + ",\"isHtml\":false}";
    }

    /** The text as a JSON string. */
    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Function<MimeMessage, String> subject() {
        return copy -> {
            try {
                return copy.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
