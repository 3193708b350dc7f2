package switchboard.adapter.in.capillary.send;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import switchboard.domain.message.Attachment;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentFilesTest {

    @ParameterizedTest
    @CsvSource({"report.pdf, pdf, application/pdf", "report.pdf, .PDF, application/pdf", "photo, jpg, image/jpeg",
            "logo.png, '', image/png", "data.json, application/json, application/json", "notes, txt, text/plain",
            "blob, weird-format, application/octet-stream"})
    void theMediaTypeComesFromTheFileTypeOrTheFileName(String fileName, String fileType, String mediaType) {
        assertThat(AttachmentFiles.mediaType(new EmailAttachment(fileName, fileType, "x", null))).isEqualTo(mediaType);
    }

    @Test
    void base64IsDecodedAndNoEncodingMeansTheTextAsItIs() {
        ItemCheck check = new ItemCheck();

        List<Attachment> files = AttachmentFiles.read(new EmailItem.Attachments(List.of(
                new EmailAttachment("logo.png", "png", "iVBO\nRw0K", "BASE64"),
                new EmailAttachment("notes.txt", "txt", "Zoë\n", null))), check);

        assertThat(check.failed()).isFalse();
        assertThat(files).containsExactly(
                Attachment.file("logo.png", "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n'}),
                Attachment.file("notes.txt", "text/plain", "Zoë\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachBadAttachmentIsNamedInTheItemsErrors() {
        ItemCheck check = new ItemCheck();

        List<Attachment> files = AttachmentFiles.read(new EmailItem.Attachments(java.util.Arrays.asList(
                new EmailAttachment("a.gif", "gif", "R0lGOD", null), null,
                new EmailAttachment("b.pdf", "pdf", "%%%", "base64"), new EmailAttachment("c.txt", "txt", "x", "utf-7"))), check);

        assertThat(files).isEmpty();
        assertThat(check.errors()).extracting(error -> error.message()).containsExactly(
                "Attachment 1 is an image (image/gif): its file_data must be base64, with file_encoding_type base64.",
                "Attachment 2 needs a file_name and file_data.",
                "Attachment 3: file_data is not valid base64.",
                "Attachment 4 has file_encoding_type 'utf-7': use base64, or leave it out for a text file.");
    }
}
