package switchboard.bootstrap.e2e.capillary;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import switchboard.bootstrap.e2e.GatewayClient;
import switchboard.bootstrap.e2e.TestSmtpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/** Capillary emails through the outbox to a real SMTP server: addresses, headers and attachments arrive intact. */
@MicronautTest(transactional = false)
class CapillaryEmailDeliveryTest extends CapillaryTest {

    private static final String NOTES = "Thank you\nfor your order ✓";

    @RegisterExtension
    final TestSmtpServer smtp = new TestSmtpServer();

    @Override
    protected Map<String, String> extraProperties() {
        return smtp.gatewayProperties();
    }

    @Test
    void everyAddressGetsACopyWithTheHeadersAndAttachmentsIntact() throws Exception {
        byte[] png = new byte[300];
        for (int i = 0; i < png.length; i++) {
            png[i] = (byte) (i * 7);
        }
        CapillaryTenant tenant = newCapillaryTenant("Capillary email delivery");

        GatewayClient.Response response = tenant.send(this, "email", """
                {"root": {"email": [{
                  "to": "to@example.com", "cc": "cc@example.com", "bcc": "hidden@example.com",
                  "from": "offers@brand.example", "labelOfSender": "Brand Offers", "replyToEmail": "care@brand.example",
                  "subject": "Your invoice", "body": "<p>Invoice <b>attached</b></p>",
                  "attachments": {"attachment": [
                    {"file_name": "logo.png", "file_type": "png", "file_data": "%s", "file_encoding_type": "base64"},
                    {"file_name": "notes.txt", "file_type": "txt", "file_data": "%s"}
                  ]}
                }]}}""".formatted(Base64.getMimeEncoder().encodeToString(png).replace("\r\n", "\\n"), NOTES.replace("\n", "\\n")));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<?, ?> echo = (Map<?, ?>) ((Map<?, ?>) response.jsonList("emails").get(0)).get("email");
        assertThat(echo.get("attachments")).isEqualTo(List.of(
                Map.of("file_name", "logo.png", "file_type", "png", "file_encoding_type", "base64"),
                Map.of("file_name", "notes.txt", "file_type", "txt")));
        assertThat(List.of(echo.get("labelOfSender"), echo.get("senderEmail"), echo.get("replyToEmail")))
                .containsExactly("Brand Offers", "offers@brand.example", "care@brand.example");
        waitFor(() -> smtp.received().length == 3);
        for (String recipient : List.of("to@example.com", "cc@example.com", "hidden@example.com")) {
            MimeMessage copy = smtp.onlyCopyFor(recipient);
            assertThat(copy.getSubject()).isEqualTo("Your invoice");
            InternetAddress from = (InternetAddress) copy.getFrom()[0];
            assertThat(List.of(from.getAddress(), from.getPersonal())).containsExactly("offers@brand.example", "Brand Offers");
            assertThat(copy.getRecipients(RecipientType.TO)).extracting(Object::toString).containsExactly("to@example.com");
            assertThat(copy.getRecipients(RecipientType.CC)).extracting(Object::toString).containsExactly("cc@example.com");
            assertThat(copy.getHeader("Bcc")).isNull();
            assertThat(((InternetAddress) copy.getReplyTo()[0]).getAddress()).isEqualTo("care@brand.example");
            List<Part> parts = leafParts(copy);
            assertThat(parts.get(0).isMimeType("text/plain")).as("the text derived from the body, shown first").isTrue();
            assertThat(parts.get(0).getContent()).isEqualTo("Invoice attached");
            assertThat(parts.get(1).isMimeType("text/html")).as("the body").isTrue();
            assertThat(parts.get(1).getContent()).isEqualTo("<p>Invoice <b>attached</b></p>");
            assertThat(attachment(parts, "logo.png").isMimeType("image/png")).isTrue();
            assertThat(bytes(attachment(parts, "logo.png"))).isEqualTo(png);
            assertThat(attachment(parts, "notes.txt").isMimeType("text/plain")).isTrue();
            assertThat(bytes(attachment(parts, "notes.txt"))).isEqualTo(NOTES.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void withoutFromTheGatewaysSenderIsUsedAndPlainTextStaysPlain() throws Exception {
        CapillaryTenant tenant = newCapillaryTenant("Capillary email defaults");

        GatewayClient.Response response = tenant.send(this, "email",
                "{\"email\": [{\"to\": \"reader@example.com\", \"subject\": \"Plain\", \"body\": \"Just text, 2 < 3\"}]}");

        assertThat(((Map<?, ?>) ((Map<?, ?>) response.jsonList("emails").get(0)).get("email")).get("senderEmail"))
                .isEqualTo(TestSmtpServer.GATEWAY_SENDER);
        waitFor(() -> smtp.received().length == 1);
        MimeMessage received = smtp.onlyCopyFor("reader@example.com");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo(TestSmtpServer.GATEWAY_SENDER);
        assertThat(received.isMimeType("text/plain")).isTrue();
        assertThat(received.getContent()).isEqualTo("Just text, 2 < 3");
    }

    /** The parts of a message that are not themselves multipart, depth first. */
    private static List<Part> leafParts(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                leaves.addAll(leafParts(multipart.getBodyPart(i)));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    private static Part attachment(List<Part> parts, String fileName) throws Exception {
        for (Part part : parts) {
            if (fileName.equals(part.getFileName())) {
                return part;
            }
        }
        throw new AssertionError("no attachment named " + fileName);
    }

    private static byte[] bytes(Part part) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(bytes);
        return bytes.toByteArray();
    }
}
