package switchboard.bootstrap.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/** A Fliplet email with every kind of attachment, through the gateway to a real SMTP server. */
@MicronautTest(transactional = false)
class FlipletEmailDeliveryTest extends GatewayTest {

    private GreenMail smtp;

    @Override
    protected Map<String, String> extraProperties() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return Map.of("javamail.properties.mail.smtp.host", "127.0.0.1",
                "javamail.properties.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void attachmentsInEveryEncodingAndInlineImagesArriveIntact() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Fliplet Mail");
        String token = (String) credential(tenant, "{\"type\":\"fliplet-token\"}").get("token");
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        String body = """
                {"to":[{"email":"ann@example.com","name":"Ann","type":"to"},{"email":"cc@example.com","type":"cc"},
                       {"email":"hidden@example.com","type":"bcc"}],
                 "subject":"Your documents","from_name":"Example Name","html":"<p>Logo: <img src=\\"cid:logo\\"></p>",
                 "headers":{"Reply-To":"message.reply@example.com","X-Fliplet-App":"42"},
                 "attachments":[
                   {"type":"application/pdf","name":"base64.pdf","content":"%s","encoding":"base64"},
                   {"type":"application/octet-stream","name":"hex.bin","content":"%s","encoding":"hex"},
                   {"name":"notes.txt","content":"Grüße aus Zürich"},
                   {"type":"application/octet-stream","name":"buffer.bin","content":{"type":"Buffer","data":[0,127,128,255]}}],
                 "images":[{"type":"image/png","name":"logo","content":"%s"}],
                 "required":true}""".formatted(Base64.getEncoder().encodeToString(binary), HexFormat.of().formatHex(binary),
                Base64.getEncoder().encodeToString(new byte[]{(byte) 0x89, 'P', 'N', 'G'}));

        GatewayClient.Response accepted = client.send(client.request("/v1/communicate/email", null).header("Auth-token", token)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));

        assertThat(accepted.json()).containsEntry("recipients", 3);
        waitFor(() -> smtp.getReceivedMessages().length == 3);
        MimeMessage copy = smtp.getReceivedMessages()[0];
        assertThat(copy.getSubject()).isEqualTo("Your documents");
        assertThat(((InternetAddress) copy.getFrom()[0]).getPersonal()).isEqualTo("Example Name");
        assertThat(copy.getRecipients(RecipientType.TO)).extracting(Object::toString).containsExactly("Ann <ann@example.com>");
        assertThat(copy.getRecipients(RecipientType.CC)).extracting(Object::toString).containsExactly("cc@example.com");
        assertThat(copy.getHeader("Bcc")).isNull();
        assertThat(copy.getHeader("X-Fliplet-App")).containsExactly("42");
        Map<String, byte[]> parts = parts(copy);
        assertThat(parts.get("base64.pdf")).isEqualTo(binary);
        assertThat(parts.get("hex.bin")).isEqualTo(binary);
        assertThat(parts.get("notes.txt")).isEqualTo("Grüße aus Zürich".getBytes(StandardCharsets.UTF_8));
        assertThat(parts.get("buffer.bin")).isEqualTo(new byte[]{0, 127, (byte) 128, (byte) 255});
        assertThat(parts.get("<logo>")).as("the inline image, by its Content-ID").isEqualTo(new byte[]{(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void eachRecipientsNameIsShownInTheToAndCcHeadersQuotedAndEncodedAsItNeeds() throws Exception {
        TenantAdmin tenant = newTenantWithAdmin("Fliplet Names");
        String token = (String) credential(tenant, "{\"type\":\"fliplet-token\"}").get("token");
        String body = """
                {"to":[{"email":"jose@example.com","name":"José Müller"},
                       {"email":"boss@example.com","name":"Smith, John \\"The Boss\\""},
                       {"email":"plain@example.com"},
                       {"email":"carol@example.com","name":"Carol","type":"cc"},
                       {"email":"hidden@example.com","name":"Hidden","type":"bcc"}],
                 "subject":"Names","text":"Hello"}""";

        GatewayClient.Response accepted = client.send(client.request("/v1/communicate/email", null).header("Auth-token", token)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        waitFor(() -> smtp.getReceivedMessages().length == 5);
        for (MimeMessage copy : smtp.getReceivedMessages()) {
            String to = MimeUtility.unfold(copy.getHeader("To", ","));
            assertThat(to).as("non-ASCII names go as RFC 2047 encoded words").doesNotContain("é").contains("=?UTF-8?")
                    .contains("<jose@example.com>")
                    .contains("\"Smith, John \\\"The Boss\\\"\" <boss@example.com>")
                    .endsWith(", plain@example.com");
            assertThat(copy.getRecipients(RecipientType.TO)).extracting(address -> ((InternetAddress) address).getPersonal())
                    .containsExactly("José Müller", "Smith, John \"The Boss\"", null);
            assertThat(copy.getRecipients(RecipientType.TO)).extracting(address -> ((InternetAddress) address).getAddress())
                    .containsExactly("jose@example.com", "boss@example.com", "plain@example.com");
            assertThat(copy.getHeader("Cc", ",")).isEqualTo("Carol <carol@example.com>");
            assertThat(copy.getHeader("Bcc")).isNull();
        }
    }

    /** Every attachment by file name, and every inline part by Content-ID. */
    private static Map<String, byte[]> parts(Part part) throws Exception {
        Map<String, byte[]> found = new HashMap<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                found.putAll(parts(multipart.getBodyPart(i)));
            }
            return found;
        }
        String[] contentId = part.getHeader("Content-ID");
        String key = contentId != null ? contentId[0] : part.getFileName();
        if (key != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            part.getDataHandler().writeTo(bytes);
            found.put(key, bytes.toByteArray());
        }
        return found;
    }
}
