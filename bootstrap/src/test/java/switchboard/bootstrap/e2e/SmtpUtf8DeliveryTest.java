package switchboard.bootstrap.e2e;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import switchboard.adapter.out.provider.email.ScriptedSmtpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/**
 * Internationalised addresses (RFC 6531) through the gateway to an SMTP server that offers
 * SMTPUTF8 (GreenMail does not): sent in UTF-8, in the envelope and in the headers.
 */
@MicronautTest(transactional = false)
class SmtpUtf8DeliveryTest extends GatewayTest {

    private ScriptedSmtpServer smtp;

    @Override
    protected Map<String, String> extraProperties() {
        try {
            smtp = new ScriptedSmtpServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        smtp.offerSmtpUtf8();
        return Map.of("javamail.properties.mail.smtp.host", "127.0.0.1",
                "javamail.properties.mail.smtp.port", String.valueOf(smtp.port()));
    }

    @AfterAll
    void stopSmtp() throws IOException {
        smtp.close();
    }

    @Test
    void anInternationalisedAddressIsSentWhenTheServerOffersSmtpUtf8() throws InterruptedException {
        TenantAdmin tenant = newTenantWithAdmin("SMTPUTF8");
        String fliplet = (String) credential(tenant, "{\"type\":\"fliplet-token\"}").get("token");

        GatewayClient.Response accepted = client.postWithHeaders("/v1/communicate/email",
                "{\"to\":[{\"email\":\"josé@bücher.example\",\"name\":\"José\"}],\"subject\":\"Hi\",\"text\":\"Hi\"}",
                "Auth-token", fliplet);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        waitFor(() -> smtp.messages() == 1);
        ScriptedSmtpServer.Taken taken = smtp.taken().get(0);
        assertThat(taken.recipients()).containsExactly("josé@bücher.example");
        assertThat(taken.mailFrom()).endsWith(" SMTPUTF8");
        assertThat(taken.text()).contains("\r\nTo: \"José\" <josé@bücher.example>\r\n");
        String path = "/api/v1/tenants/" + tenant.tenantId() + "/messages/" + accepted.json().get("messageId");
        waitFor(() -> "SENT".equals(object(client.get(path, tenant.token()).jsonList("deliveries").get(0)).get("status")));
    }
}
