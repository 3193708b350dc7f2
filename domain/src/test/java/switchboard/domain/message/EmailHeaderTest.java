package switchboard.domain.message;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import switchboard.domain.InvalidValueException;
import switchboard.domain.recipient.EmailAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailHeaderTest {

    @Test
    void acceptsCustomAndReplyToHeaders() {
        assertThat(new EmailHeader("X-My-Custom-Header", "value").value()).isEqualTo("value");
        assertThat(new EmailHeader("Reply-To", "message.reply@example.com").name()).isEqualTo("Reply-To");
    }

    @ParameterizedTest
    @ValueSource(strings = {"value\r\nBcc: victim@example.com", "line\nbreak", "carriage\rreturn"})
    void refusesLineBreaksInValues(String value) {
        assertThatThrownBy(() -> new EmailHeader("X-Test", value)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("CR or LF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"To", "bcc", "From", "Subject", "Content-Type", "MIME-Version"})
    void refusesHeadersTheMessageControls(String name) {
        assertThatThrownBy(() -> new EmailHeader(name, "x")).hasMessageContaining("cannot be given as a header");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X Space", "X:Colon", "X-\u00e9"})
    void refusesInvalidNames(String name) {
        assertThatThrownBy(() -> new EmailHeader(name, "x")).hasMessageContaining("not a valid header name");
    }

    @Test
    void contentRefusesASubjectWithLineBreaks() {
        assertThatThrownBy(() -> Content.text("Hi\r\nBcc: x@y.z", "body")).hasMessageContaining("line breaks");
    }

    @Test
    void noStoredTextHoldsANulCharacter() {
        assertThatThrownBy(() -> Content.text("Hi\u0000", "body")).hasMessage("the subject cannot hold the character U+0000 (NUL)");
        assertThatThrownBy(() -> Content.html("Hi", "<p>\u0000</p>")).hasMessageContaining("the HTML body cannot hold");
        assertThatThrownBy(() -> new EmailHeader("X-Test", "a\u0000b")).hasMessageContaining("the X-Test header value cannot hold");
        assertThatThrownBy(() -> new EmailOptions(null, "Ann\u0000", List.of(), List.of(), List.of(), List.of()))
                .hasMessageContaining("the sender name cannot hold");
        assertThatThrownBy(() -> new Mailbox(new EmailAddress("ann@example.com"), "Ann\u0000"))
                .hasMessage("the name of 'ann@example.com' cannot hold the character U+0000 (NUL)");
    }

    @Test
    void contentNeedsABody() {
        assertThatThrownBy(() -> new Content("subject", null, null)).hasMessageContaining("text or an HTML body");
        assertThat(Content.html("s", "<p>x</p>").plainBody()).isEqualTo("<p>x</p>");
    }

    @Test
    void attachmentsAreCopiedAndCompareByContent() {
        byte[] bytes = {1, 2, 3};
        Attachment attachment = Attachment.file("a.bin", "application/octet-stream", bytes);
        bytes[0] = 9;
        assertThat(attachment.content()).containsExactly(1, 2, 3);
        assertThat(attachment).isEqualTo(Attachment.file("a.bin", "application/octet-stream", new byte[]{1, 2, 3}));
        assertThatThrownBy(() -> Attachment.file("a.bin", "not a type", bytes)).hasMessageContaining("media type");
    }
}
