package switchboard.adapter.in.admin.contact;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import switchboard.application.contact.ContactLine;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON lines split on their bytes, wherever the body's reads end, with each line numbered as written. */
class JsonLinesContactsTest {

    @Test
    void linesAreReadWhateverTheBodysReadsHoldAndNumberedAsWritten() {
        String body = "{\"id\":\"a\",\"data\":{\"Name\":\"Zoë 漢\"}}\r\n"
                + "\n"
                + "   \n"
                + "not json\n"
                + "{\"id\":\"b\"}";

        List<ContactLine> lines = read(trickling(body, 3));

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isInstanceOfSatisfying(ContactLine.Read.class, line -> {
            assertThat(line.number()).isEqualTo(1);
            assertThat(line.contact().data().asMap()).containsEntry("Name", "Zoë 漢");
        });
        assertThat(lines.get(1)).isEqualTo(new ContactLine.Unreadable(4, "not a JSON object"));
        assertThat(lines.get(2)).isInstanceOfSatisfying(ContactLine.Read.class, line -> {
            assertThat(line.number()).isEqualTo(5);
            assertThat(line.contact().id().value()).isEqualTo("b");
        });
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedAndTheNextOneRead() {
        String tooLong = "{\"id\":\"x\",\"data\":{\"Note\":\"" + "n".repeat(JsonLinesContacts.MAX_LINE) + "\"}}";
        String body = tooLong + "\n{\"id\":\"y\"}\n";

        List<ContactLine> lines = read(trickling(body, 70_000));

        assertThat(lines.get(0)).isEqualTo(new ContactLine.Unreadable(1, "the line is longer than 1000000 bytes"));
        assertThat(lines.get(1)).isInstanceOfSatisfying(ContactLine.Read.class,
                line -> assertThat(line.contact().id().value()).isEqualTo("y"));
        assertThat(lines).hasSize(2);
    }

    private static List<ContactLine> read(InputStream body) {
        List<ContactLine> lines = new ArrayList<>();
        new JsonLinesContacts(body, ObjectMapper.getDefault()).forEachRemaining(lines::add);
        return lines;
    }

    /** The body's bytes, at most {@code chunk} a read, as a request's body arrives. */
    private static InputStream trickling(String body, int chunk) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] into, int offset, int length) {
                return super.read(into, offset, Math.min(length, chunk));
            }
        };
    }
}
