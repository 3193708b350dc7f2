package switchboard.domain.message;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static switchboard.domain.Invariants.containsLineBreak;
import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireNoNul;

/**
 * A header a caller adds to an email. Names are RFC 5322 field names; values carry no line
 * breaks, so no caller can inject headers. The fields the message itself controls (addresses,
 * subject, MIME structure) cannot be set this way.
 */
public record EmailHeader(String name, String value) {

    public static final int MAX_VALUE_LENGTH = 998;

    private static final Pattern NAME = Pattern.compile("[!-9;-~]{1,76}");
    private static final Set<String> RESERVED = Set.of(
            "from", "sender", "to", "cc", "bcc", "subject", "date", "message-id",
            "mime-version", "content-type", "content-transfer-encoding", "content-disposition");

    public EmailHeader {
        require(name != null && NAME.matcher(name).matches(), "'%s' is not a valid header name", name);
        require(!RESERVED.contains(name.toLowerCase(Locale.ROOT)),
                "the %s header is set from the message's own fields and cannot be given as a header", name);
        require(value != null, "the %s header needs a value", name);
        require(!containsLineBreak(value), "the %s header value must not contain CR or LF", name);
        require(value.length() <= MAX_VALUE_LENGTH, "the %s header value is longer than %d characters", name, MAX_VALUE_LENGTH);
        requireNoNul(value, "the " + name + " header value");
    }
}
