package switchboard.bootstrap.e2e;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import switchboard.application.send.RecipientRequest.ToAddress;
import switchboard.application.send.SendCommand;
import switchboard.application.send.SendMessageUseCase;
import switchboard.domain.message.Attachment;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailHeader;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Mailbox;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.application.memory.Eventually.waitFor;

/** Email through the whole gateway (outbox, worker, SMTP adapter) to a real SMTP server. */
@MicronautTest(transactional = false)
class EmailDeliveryTest extends GatewayTest {

    @RegisterExtension
    final TestSmtpServer smtp = new TestSmtpServer();

    @Inject
    SendMessageUseCase sendMessage;

    @Override
    protected Map<String, String> extraProperties() {
        return smtp.gatewayProperties();
    }

    @Test
    void theAdminSendDeliversAnHtmlEmailBeforeItAnswers() throws Exception {
        GatewayClient.Response response = client.post("/api/v1/communications/send", """
                {"subject":"Maintenance tonight","body":"<p>From <b>22:00</b> UTC</p>","channels":["Email"],
                 "emailAddress":"ops@example.com","isHtml":true}""", platformAdminToken());

        assertThat(response.json()).isEqualTo(json("{\"results\":[{\"channel\":\"Email\",\"success\":true,\"error\":null}]}"));
        MimeMessage received = smtp.received()[0];
        assertThat(received.getSubject()).isEqualTo("Maintenance tonight");
        assertThat(received.isMimeType("multipart/alternative")).as("HTML with a text part derived from it").isTrue();
        Multipart alternative = (Multipart) received.getContent();
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("From 22:00 UTC");
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(alternative.getBodyPart(1).getContent()).isEqualTo("<p>From <b>22:00</b> UTC</p>");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("gateway@switchboard.example");
        assertThat(client.get("/api/v1/tenants/default/captured", platformAdminToken()).jsonList("captured"))
                .as("sent, not captured").isEmpty();
    }

    @Test
    void everyPartOfAnEmailArrivesIntactThroughTheOutbox() throws Exception {
        byte[] pdf = new byte[256];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) i;
        }
        EmailOptions email = new EmailOptions(new EmailAddress("news@acme.example"), "Acme News",
                List.of(Mailbox.of(new EmailAddress("to@example.com"))), List.of(Mailbox.of(new EmailAddress("cc@example.com"))),
                List.of(new EmailHeader("Reply-To", "replies@acme.example"), new EmailHeader("X-Campaign", "autumn")),
                List.of(Attachment.file("report.pdf", "application/pdf", pdf)));
        sendMessage.send(SendCommand.of(TenantId.DEFAULT, "test", new Content("Quarterly report", "See attached.",
                "<p>See attached.</p>"), List.of(
                new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("to@example.com"))),
                new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("cc@example.com"))),
                new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("hidden@example.com"))))).withEmail(email));

        waitFor(() -> smtp.received().length == 3);
        for (String recipient : List.of("to@example.com", "cc@example.com", "hidden@example.com")) {
            MimeMessage copy = smtp.onlyCopyFor(recipient);
            assertThat(copy.getSubject()).isEqualTo("Quarterly report");
            assertThat(((InternetAddress) copy.getFrom()[0]).getPersonal()).isEqualTo("Acme News");
            assertThat(copy.getRecipients(RecipientType.TO)).extracting(Object::toString).containsExactly("to@example.com");
            assertThat(copy.getRecipients(RecipientType.CC)).extracting(Object::toString).containsExactly("cc@example.com");
            assertThat(copy.getHeader("Bcc")).isNull();
            assertThat(copy.getHeader("X-Campaign")).containsExactly("autumn");
            assertThat(((InternetAddress) copy.getReplyTo()[0]).getAddress()).isEqualTo("replies@acme.example");
            assertThat(attachment(copy, "report.pdf")).isEqualTo(pdf);
        }
    }

    private static byte[] attachment(MimeMessage message, String fileName) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            Part part = mixed.getBodyPart(i);
            if (fileName.equals(part.getFileName())) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(bytes);
                return bytes.toByteArray();
            }
        }
        throw new AssertionError("no attachment " + fileName + " in " + GreenMailUtil.getWholeMessage(message));
    }
}
