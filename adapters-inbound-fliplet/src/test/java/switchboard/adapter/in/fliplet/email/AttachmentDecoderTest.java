package switchboard.adapter.in.fliplet.email;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import switchboard.adapter.in.fliplet.InvalidRequestException;
import switchboard.domain.message.Attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The encodings Fliplet (after nodemailer) sends attachments in, and inline images. */
class AttachmentDecoderTest {

    private static final byte[] HELLO = "Hello".getBytes(StandardCharsets.US_ASCII);

    @Test
    void contentIsDecodedAsItsEncodingSays() {
        assertThat(file("SGVsbG8=", "base64").content()).isEqualTo(HELLO);
        assertThat(file("48656c6c6f", "hex").content()).isEqualTo(HELLO);
        assertThat(file("caf\u00e9", "binary").content()).isEqualTo(new byte[] {'c', 'a', 'f', (byte) 0xe9});
        assertThat(file("caf\u00e9", "UTF-8").content()).isEqualTo("caf\u00e9".getBytes(StandardCharsets.UTF_8));
        assertThat(file("caf\u00e9", null).content()).isEqualTo("caf\u00e9".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSerialisedNodeBufferIsReadAsItsBytes() {
        Map<String, Object> buffer = Map.of("type", "Buffer", "data", List.of(72, 101, 108, 108, 111));

        assertThat(file(buffer, null).content()).isEqualTo(HELLO);
        assertThatThrownBy(() -> file(Map.of("type", "Buffer", "data", List.of(72, 256)), null))
                .isInstanceOf(InvalidRequestException.class).hasMessage("attachments[0]: a Buffer holds bytes from 0 to 255");
    }

    @Test
    void theMediaTypeIsTheOneGivenElseGuessedFromTheName() {
        assertThat(AttachmentDecoder.attachment(new AttachmentPayload("text/csv", "a,b", "report.txt", null), 0).contentType())
                .isEqualTo("text/csv");
        assertThat(AttachmentDecoder.attachment(new AttachmentPayload(null, "a", "notes.txt", null), 0).contentType())
                .isEqualTo("text/plain");
        assertThat(AttachmentDecoder.attachment(new AttachmentPayload(null, "a", "data.unknown-kind", null), 0).contentType())
                .isEqualTo("application/octet-stream");
    }

    @Test
    void badAttachmentsAreRefusedNamingWhichOne() {
        assertThatThrownBy(() -> AttachmentDecoder.attachment(new AttachmentPayload(null, "a", " ", null), 2))
                .isInstanceOf(InvalidRequestException.class).hasMessage("attachments[2] needs a name");
        assertThatThrownBy(() -> AttachmentDecoder.attachment(new AttachmentPayload(null, 42, "a.txt", null), 1))
                .isInstanceOf(InvalidRequestException.class).hasMessage("attachments[1] needs its content as a string or a Buffer");
        assertThatThrownBy(() -> file("zz", "hex"))
                .isInstanceOf(InvalidRequestException.class).hasMessage("attachments[0]: the content is not valid hex");
        assertThatThrownBy(() -> file("x", "rot13")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("attachments[0]: 'rot13' is not an encoding Switchboard reads; use " + AttachmentDecoder.ENCODINGS);
    }

    @Test
    void anImageIsBase64ShownInlineUnderItsName() {
        Attachment image = AttachmentDecoder.image(new ImagePayload("image/png", "logo", "SGVsbG8="), 0);

        assertThat(image.inline()).isTrue();
        assertThat(image.contentId()).isEqualTo("logo");
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.content()).isEqualTo(HELLO);
        assertThatThrownBy(() -> AttachmentDecoder.image(new ImagePayload("image/png", null, "SGVsbG8="), 3))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("images[3] needs a name, which the HTML refers to as cid:<name>");
    }

    private static Attachment file(Object content, String encoding) {
        return AttachmentDecoder.attachment(new AttachmentPayload("application/octet-stream", content, "a.bin", encoding), 0);
    }
}
