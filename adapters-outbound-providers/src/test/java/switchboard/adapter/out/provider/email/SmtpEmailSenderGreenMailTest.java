package switchboard.adapter.out.provider.email;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Authenticator;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import switchboard.application.dispatch.port.OutgoingEmail;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.message.Attachment;
import switchboard.domain.message.EmailHeader;
import switchboard.domain.message.Mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static switchboard.adapter.out.provider.email.Emails.address;
import static switchboard.adapter.out.provider.email.Emails.mailbox;

/** What a real SMTP server receives from the sender: headers, bodies and attachments as they were given. */
class SmtpEmailSenderGreenMailTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("gateway@example.org", "gateway", "secret"));

    private static final String SUBJECT = "Grüße aus Kapstadt – ✓ 日本";
    private static final byte[] BINARY = binary();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0x00, (byte) 0xFF};

    private SmtpEmailSender sender;

    @BeforeEach
    void connect() {
        sender = Emails.sender(GREEN_MAIL.getSmtp().getPort(), 2);
    }

    @AfterEach
    void disconnect() {
        sender.close();
    }

    @Test
    void headersAndAlternativeBodiesArriveAsGiven() throws Exception {
        OutgoingEmail email = new OutgoingEmail(address("alice@example.org"), Optional.of(address("news@example.org")),
                "Zoë from Switchboard", List.of(new Mailbox(address("alice@example.org"), "Alice \"Al\" Smith, PhD"),
                        new Mailbox(address("bob@example.org"), "José Müller")),
                List.of(mailbox("carol@example.org")), SUBJECT, "Hello Alice", "<p>Hello <b>Alice</b></p>",
                List.of(new EmailHeader("Reply-To", "Replies <replies@example.org>"), new EmailHeader("X-Campaign", "spring-2025"),
                        new EmailHeader("X-Organiser", "José Müller")),
                List.of());

        AttemptResult result = sender.send(email);

        MimeMessage received = onlyMessageFor("alice@example.org");
        assertThat(result).isEqualTo(new AttemptResult.Sent(received.getMessageID()));
        assertThat(received.getMessageID()).matches("<[0-9a-f-]{36}@example\\.org>");
        assertThat(received.getSubject()).isEqualTo(SUBJECT);
        assertThat(received.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("news@example.org");
        assertThat(from.getPersonal()).isEqualTo("Zoë from Switchboard");
        assertThat(addresses(received, RecipientType.TO)).containsExactly("alice@example.org", "bob@example.org");
        assertThat(addresses(received, RecipientType.CC)).containsExactly("carol@example.org");
        assertThat(received.getHeader("To", ",")).startsWith("\"Alice \\\"Al\\\" Smith, PhD\" <alice@example.org>,")
                .contains("=?UTF-8?").doesNotContain("é");
        assertThat(received.getRecipients(RecipientType.TO)).extracting(to -> ((InternetAddress) to).getPersonal())
                .containsExactly("Alice \"Al\" Smith, PhD", "José Müller");
        assertThat(received.getHeader("Cc", ",")).isEqualTo("carol@example.org");
        assertThat(received.getHeader("Bcc")).isNull();
        assertThat(((InternetAddress) received.getReplyTo()[0]).getAddress()).isEqualTo("replies@example.org");
        assertThat(received.getHeader("X-Campaign")).containsExactly("spring-2025");
        assertThat(received.getHeader("X-Organiser")[0]).startsWith("=?UTF-8?").doesNotContain("é");
        assertThat(MimeUtility.decodeText(received.getHeader("X-Organiser")[0])).isEqualTo("José Müller");

        assertThat(received.isMimeType("multipart/alternative")).isTrue();
        Multipart alternative = (Multipart) received.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("Hello Alice");
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(alternative.getBodyPart(1).getContent()).isEqualTo("<p>Hello <b>Alice</b></p>");
    }

    @Test
    void aBccCopyReachesOnlyItsRecipientAndNamesNoOneInBcc() throws Exception {
        OutgoingEmail copy = new OutgoingEmail(address("hidden@example.org"), Optional.empty(), null,
                List.of(mailbox("alice@example.org")), List.of(mailbox("carol@example.org")), "Minutes", "See attached", null,
                List.of(), List.of());

        assertThat(sender.send(copy)).isInstanceOf(AttemptResult.Sent.class);

        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
        MimeMessage received = onlyMessageFor("hidden@example.org");
        assertThat(received.getHeader("Bcc")).isNull();
        assertThat(addresses(received, RecipientType.TO)).containsExactly("alice@example.org");
        assertThat(addresses(received, RecipientType.CC)).containsExactly("carol@example.org");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo(Emails.DEFAULT_FROM);
    }

    @Test
    void textAloneIsPlainTextAndHtmlAloneGetsATextPartDerivedFromIt() throws Exception {
        OutgoingEmail text = new OutgoingEmail(address("text@example.org"), Optional.empty(), null, List.of(), List.of(),
                "Text", "Only text, ünïcode", null, List.of(), List.of());
        OutgoingEmail html = new OutgoingEmail(address("html@example.org"), Optional.empty(), null, List.of(), List.of(),
                "HTML", null, "<p>Only HTML</p>", List.of(), List.of());

        assertThat(sender.send(text)).isInstanceOf(AttemptResult.Sent.class);
        assertThat(sender.send(html)).isInstanceOf(AttemptResult.Sent.class);

        MimeMessage receivedText = onlyMessageFor("text@example.org");
        assertThat(receivedText.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(receivedText.getContent()).isEqualTo("Only text, ünïcode");
        MimeMessage receivedHtml = onlyMessageFor("html@example.org");
        assertThat(receivedHtml.isMimeType("multipart/alternative")).isTrue();
        Multipart alternative = (Multipart) receivedHtml.getContent();
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("Only HTML");
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(alternative.getBodyPart(1).getContent()).isEqualTo("<p>Only HTML</p>");
    }

    @Test
    void theDerivedTextReadsAsTheHtmlShowsIt() {
        String html = "<html><head><title>Hidden</title><style>p{color:red}</style></head><body>"
                + "<h1>Your   order</h1><p>Thanks, <b>Ann</b>.<br>It ships today.</p>"
                + "<ul><li>One book</li><li>Two pens</li></ul>"
                + "<p>Track it <a href=\"https://example.org/t/1\">here</a>.</p><script>alert(1)</script></body></html>";

        assertThat(HtmlText.of(html)).isEqualTo("Your order\nThanks, Ann.\nIt ships today.\n- One book\n- Two pens\n"
                + "Track it here <https://example.org/t/1>.");
    }

    @Test
    void aBinaryAttachmentArrivesByteForByte() throws Exception {
        OutgoingEmail email = new OutgoingEmail(address("files@example.org"), Optional.empty(), null, List.of(), List.of(),
                "Data", "The data is attached", null, List.of(),
                List.of(Attachment.file("data.bin", "application/octet-stream", BINARY)));

        assertThat(sender.send(email)).isInstanceOf(AttemptResult.Sent.class);

        MimeMessage received = onlyMessageFor("files@example.org");
        assertThat(received.isMimeType("multipart/mixed")).isTrue();
        Multipart mixed = (Multipart) received.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(0).getContent()).isEqualTo("The data is attached");
        BodyPart file = mixed.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("data.bin");
        assertThat(file.isMimeType("application/octet-stream")).isTrue();
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(BINARY);
    }

    @Test
    void aTextAttachmentKeepsItsOwnLineBreaks() throws Exception {
        byte[] csv = "name;city\nZoë;Durban\n".getBytes(StandardCharsets.UTF_8);
        OutgoingEmail email = new OutgoingEmail(address("csv@example.org"), Optional.empty(), null, List.of(), List.of(),
                "Export", "The export is attached", null, List.of(), List.of(Attachment.file("export.csv", "text/csv", csv)));

        assertThat(sender.send(email)).isInstanceOf(AttemptResult.Sent.class);

        BodyPart file = ((Multipart) onlyMessageFor("csv@example.org").getContent()).getBodyPart(1);
        assertThat(file.isMimeType("text/csv")).isTrue();
        assertThat(file.getInputStream().readAllBytes()).as("LF, not CRLF").isEqualTo(csv);
    }

    @Test
    void anInlineImageIsRelatedToTheHtmlThatShowsIt() throws Exception {
        OutgoingEmail email = new OutgoingEmail(address("inline@example.org"), Optional.empty(), null, List.of(), List.of(),
                "Logo", "Our logo", "<p><img src=\"cid:logo@switchboard\"></p>", List.of(),
                List.of(new Attachment("logo.png", "image/png", PNG, "logo@switchboard"),
                        Attachment.file("data.bin", "application/octet-stream", BINARY)));

        assertThat(sender.send(email)).isInstanceOf(AttemptResult.Sent.class);

        MimeMessage received = onlyMessageFor("inline@example.org");
        Multipart mixed = (Multipart) received.getContent();
        assertThat(received.isMimeType("multipart/mixed")).isTrue();
        BodyPart shown = mixed.getBodyPart(0);
        assertThat(shown.isMimeType("multipart/related")).isTrue();
        Multipart related = (Multipart) shown.getContent();
        assertThat(related.getCount()).isEqualTo(2);
        Multipart alternative = (Multipart) related.getBodyPart(0).getContent();
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("Our logo");
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("cid:logo@switchboard");
        BodyPart logo = related.getBodyPart(1);
        assertThat(logo.getHeader("Content-ID")).containsExactly("<logo@switchboard>");
        assertThat(logo.getDisposition()).isEqualTo(Part.INLINE);
        assertThat(logo.isMimeType("image/png")).isTrue();
        assertThat(logo.getInputStream().readAllBytes()).isEqualTo(PNG);
        assertThat(mixed.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(BINARY);
    }

    @Test
    void aLineBreakBoundForAHeaderIsRefusedAndNothingIsSent() {
        OutgoingEmail injected = new OutgoingEmail(address("victim@example.org"), Optional.empty(), null, List.of(), List.of(),
                "Hi\r\nBcc: everyone@example.org", "Hello", null, List.of(), List.of());
        OutgoingEmail injectedName = new OutgoingEmail(address("victim@example.org"), Optional.empty(), "Eve\nBcc: x@example.org",
                List.of(), List.of(), "Hi", "Hello", null, List.of(), List.of());

        assertThat(sender.send(injected)).isEqualTo(new AttemptResult.Rejected("the subject contains a line break"));
        assertThat(sender.send(injectedName)).isEqualTo(new AttemptResult.Rejected("the sender name contains a line break"));
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void quotedLocalPartsAreCarriedAsTheyAre() throws Exception {
        for (String quoted : List.of("\"john doe\"@example.org", "\"a@b\"@example.org")) {
            assertThat(sender.send(Emails.plain(quoted))).as(quoted).isInstanceOf(AttemptResult.Sent.class);
        }

        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(2);
        for (String quoted : List.of("\"john doe\"@example.org", "\"a@b\"@example.org")) {
            assertThat(addresses(onlyMessageFor(quoted), RecipientType.TO)).containsExactly(quoted);
        }
    }

    @Test
    void anInternationalisedAddressFailsForGoodOnAServerWithoutSmtpUtf8() {
        OutgoingEmail shown = new OutgoingEmail(address("plain@example.org"), Optional.empty(), null,
                List.of(mailbox("plain@example.org"), mailbox("josé@example.org")), List.of(), "Hi", "Hello", null,
                List.of(), List.of());

        assertThat(sender.send(Emails.plain("josé@example.org"))).isEqualTo(new AttemptResult.Rejected(
                "'josé@example.org' is an internationalised address (RFC 6531), and the SMTP server does not offer"
                        + " SMTPUTF8 to carry it"));
        assertThat(sender.send(Emails.plain("user@bücher.example"))).isInstanceOf(AttemptResult.Rejected.class);
        assertThat(sender.send(shown)).as("an address the To header shows counts too").isInstanceOf(AttemptResult.Rejected.class);
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
        assertThat(sender.send(Emails.plain("plain@example.org"))).as("the connection serves other emails")
                .isInstanceOf(AttemptResult.Sent.class);
    }

    @Test
    void credentialsAreSentWhenConfiguredAndWrongOnesDeferTheEmail() throws Exception {
        try (SmtpEmailSender authenticated = Emails.sender(GREEN_MAIL.getSmtp().getPort(), 1, credentials("secret"));
             SmtpEmailSender refused = Emails.sender(GREEN_MAIL.getSmtp().getPort(), 1, credentials("wrong"))) {

            assertThat(authenticated.send(Emails.plain("auth@example.org"))).isInstanceOf(AttemptResult.Sent.class);
            AttemptResult result = refused.send(Emails.plain("auth@example.org"));

            assertThat(result).isInstanceOf(AttemptResult.Deferred.class);
            assertThat(((AttemptResult.Deferred) result).error()).doesNotContain("wrong");
            assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
        }
    }

    private static MimeMessage onlyMessageFor(String address) {
        List<MimeMessage> messages = GREEN_MAIL.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address),
                message -> true).toList();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static List<String> addresses(MimeMessage message, RecipientType type) throws MessagingException {
        return Arrays.stream(message.getRecipients(type)).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    private static Authenticator credentials(String password) {
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("gateway", password);
            }
        };
    }

    /** Every byte value, 0x00 to 0xFF, twice: nothing a text transfer encoding would leave alone. */
    private static byte[] binary() {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
