package switchboard.adapter.in.admin.contact;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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
 * a line longer than {@link #MAX_LINE} characters is refused without being held, so memory stays
 * flat whatever the body. Blank lines are skipped.
 */
final class JsonLinesContacts implements Iterator<ContactLine> {

    static final int MAX_LINE = 1_000_000;
    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    private final Reader body;
    private final JsonMapper json;
    private final StringBuilder line = new StringBuilder();
    /** The body's characters taken in blocks: a read per character, each taking the reader's lock, cost more than the parsing. */
    private final char[] block = new char[8192];
    private int blockPosition;
    private int blockLength;
    private long number;
    private ContactLine next;
    private boolean ended;

    JsonLinesContacts(Reader body, JsonMapper json) {
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
        line.setLength(0);
        boolean tooLong = false;
        try {
            int c = read();
            if (c < 0) {
                ended = true;
                return null;
            }
            number++;
            for (; c >= 0 && c != '\n'; c = read()) {
                if (line.length() < MAX_LINE) {
                    line.append((char) c);
                } else {
                    tooLong = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tooLong) {
            return new ContactLine.Unreadable(number, "the line is longer than " + MAX_LINE + " characters");
        }
        return line.toString().isBlank() ? null : contact(line.toString());
    }

    private int read() throws IOException {
        if (blockPosition == blockLength) {
            blockLength = Math.max(0, body.read(block, 0, block.length));
            blockPosition = 0;
            if (blockLength == 0) {
                return -1;
            }
        }
        return block[blockPosition++];
    }

    private ContactLine contact(String text) {
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
