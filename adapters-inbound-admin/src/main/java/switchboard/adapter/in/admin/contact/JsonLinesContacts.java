package switchboard.adapter.in.admin.contact;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

import switchboard.application.contact.ContactLine;
import switchboard.domain.InvalidValueException;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactData;
import switchboard.domain.contact.ContactId;

/**
 * Contacts read from JSON lines, {@code {"id": "...", "data": {...}}} a line, one line at a time:
 * a line longer than {@link #MAX_LINE} bytes is refused without being held, so memory stays
 * flat whatever the body. Blank lines are skipped. The lines are split and parsed as the UTF-8
 * bytes they arrive in, never decoded into characters and encoded back for the parser.
 */
final class JsonLinesContacts implements Iterator<ContactLine> {

    static final int MAX_LINE = 1_000_000;
    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    private final InputStream body;
    private final JsonMapper json;
    private final byte[] block = new byte[1 << 16];
    private int blockPosition;
    private int blockLength;
    /** The line read so far; grows, up to MAX_LINE, for the longest line seen. */
    private byte[] line = new byte[1024];
    private int lineLength;
    private long number;
    private ContactLine next;
    private boolean ended;

    JsonLinesContacts(InputStream body, JsonMapper json) {
        this.body = body;
        this.json = json;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !ended) {
            next = readLine();
        }
        return next != null;
    }

    @Override
    public ContactLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ContactLine line = next;
        next = null;
        return line;
    }

    /** The next line's contact or refusal; null for a blank line or the end. */
    private ContactLine readLine() {
        lineLength = 0;
        boolean tooLong = false;
        boolean lineEnded = false;
        try {
            if (blockPosition == blockLength && !fill()) {
                ended = true;
                return null;
            }
            number++;
            while (!lineEnded && (blockPosition < blockLength || fill())) {
                int end = blockPosition;
                while (end < blockLength && block[end] != '\n') {
                    end++;
                }
                lineEnded = end < blockLength;
                if (!keep(end - blockPosition)) {
                    tooLong = true;
                }
                blockPosition = lineEnded ? end + 1 : end;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tooLong) {
            return new ContactLine.Unreadable(number, "the line is longer than " + MAX_LINE + " bytes");
        }
        return blank() ? null : contact(Arrays.copyOf(line, lineLength));
    }

    /** Adds the block's next bytes to the line; false, keeping none, once the line would pass MAX_LINE. */
    private boolean keep(int count) {
        if (lineLength + count > MAX_LINE) {
            lineLength = MAX_LINE;
            return false;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.min(MAX_LINE, Math.max(lineLength + count, 2 * line.length)));
        }
        System.arraycopy(block, blockPosition, line, lineLength, count);
        lineLength += count;
        return true;
    }

    private boolean fill() throws IOException {
        blockLength = Math.max(0, body.read(block, 0, block.length));
        blockPosition = 0;
        return blockLength > 0;
    }

    private boolean blank() {
        for (int i = 0; i < lineLength; i++) {
            if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private ContactLine contact(byte[] text) {
        Map<String, Object> object;
        try {
            object = json.readValue(text, OBJECT);
        } catch (IOException | RuntimeException notAnObject) {
            return new ContactLine.Unreadable(number, "not a JSON object");
        }
        if (object == null) {
            return new ContactLine.Unreadable(number, "not a JSON object");
        }
        if (!(object.get("id") instanceof String id)) {
            return new ContactLine.Unreadable(number, "'id' is required, as a string");
        }
        Object data = object.getOrDefault("data", Map.of());
        if (!(data instanceof Map<?, ?> fields)) {
            return new ContactLine.Unreadable(number, "'data' must be a JSON object");
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) fields;
            return new ContactLine.Read(number, new Contact(new ContactId(id), ContactData.of(values)));
        } catch (InvalidValueException invalid) {
            return new ContactLine.Unreadable(number, invalid.getMessage());
        }
    }
}
