package switchboard.domain.recipient;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import static switchboard.domain.Invariants.require;

/**
 * An email address as SMTP carries it (RFC 5321's mailbox, with RFC 6531's internationalised
 * form): a local part that is a dot-atom ({@code john.doe}) or a quoted string
 * ({@code "john doe"}, {@code "a@b"}), {@code @}, and a domain name, which may be an
 * internationalised one ({@code bücher.example}). The local part may hold non-ASCII characters
 * ({@code josé}); such an address is {@link #internationalised()} and needs an SMTP server that
 * offers SMTPUTF8. Address literals ({@code user@[192.0.2.1]}) and RFC 5322's comments and
 * obsolete forms are not taken. The domain is kept in lowercase; the local part as given.
 */
public record EmailAddress(String value) implements Address {

    /** RFC 5321's limit for a path (256 octets) less its angle brackets. */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_OCTETS = 64;
    private static final int MAX_DOMAIN_OCTETS = 253;

    // RFC 5322's atext, and RFC 6531's UTF8-non-ascii (which charactersAllowed() narrows to visible ones).
    private static final String ATEXT = "(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]|[^\\x00-\\x7F])";
    private static final Pattern DOT_ATOM = Pattern.compile(ATEXT + "+(?:\\." + ATEXT + "+)*");
    // RFC 5321's Quoted-string: qtextSMTP, quoted-pairSMTP, or UTF8-non-ascii; not empty.
    private static final Pattern QUOTED = Pattern.compile(
            "\"(?:[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\\x20-\\x7E]|[^\\x00-\\x7F])+\"");
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ASCII_DOMAIN = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*");
    /** ATEXT's ASCII characters, by code. */
    private static final boolean[] ASCII_ATEXT = new boolean[128];

    static {
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+/=?^_`{|}~-".chars()
                .forEach(character -> ASCII_ATEXT[character] = true);
    }

    public EmailAddress {
        require(value != null && value.length() <= MAX_LENGTH && valid(value), "'%s' is not a valid email address", value);
        value = withLowerCaseDomain(value);
    }

    /** The address with its domain in lowercase, the same string when it is already. */
    private static String withLowerCaseDomain(String value) {
        int at = value.lastIndexOf('@');
        for (int i = at + 1; i < value.length(); i++) {
            char character = value.charAt(i);
            if (character >= 'A' && character <= 'Z' || character > 0x7F) {
                return value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
            }
        }
        return value;
    }

    /** Whether the address holds characters beyond ASCII, in its local part or domain (RFC 6531). */
    public boolean internationalised() {
        return value.chars().anyMatch(character -> character > 0x7F);
    }

    /** Valid, and within MAX_LENGTH octets in UTF-8 (a plain ASCII address has as many octets as characters). */
    private static boolean valid(String value) {
        int at = value.lastIndexOf('@');
        return at > 0 && (plainAscii(value, at)
                || value.getBytes(StandardCharsets.UTF_8).length <= MAX_LENGTH && validByPatterns(value, at));
    }

    /**
     * The common address checked in one pass: ASCII, a dot-atom local part and a host name, within
     * their lengths. Each of these implies what the patterns check, so an address passing here
     * passes them; the patterns cost more than anything else when contacts are imported by the
     * million. Anything else (a quoted local part, non-ASCII) is left to them.
     */
    private static boolean plainAscii(String value, int at) {
        return at <= MAX_LOCAL_OCTETS && value.length() - at - 1 <= MAX_DOMAIN_OCTETS && dotAtom(value, at)
                && hostName(value, at + 1);
    }

    /** RFC 5322's dot-atom in ASCII: atext characters in runs of one or more, joined by single dots. */
    private static boolean dotAtom(String value, int end) {
        boolean runEnded = true;
        for (int i = 0; i < end; i++) {
            char character = value.charAt(i);
            if (character == '.' && !runEnded) {
                runEnded = true;
            } else if (character < ASCII_ATEXT.length && ASCII_ATEXT[character]) {
                runEnded = false;
            } else {
                return false;
            }
        }
        return !runEnded;
    }

    /** Labels of 1 to 63 letters, digits and hyphens, neither starting nor ending with a hyphen, joined by dots. */
    private static boolean hostName(String value, int start) {
        int label = start;
        for (int i = start; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '.') {
                if (i == label || i - label > 63 || value.charAt(label) == '-' || value.charAt(i - 1) == '-') {
                    return false;
                }
                label = i + 1;
            } else if (!letterDigitOrHyphen(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean letterDigitOrHyphen(char character) {
        return character >= 'a' && character <= 'z' || character >= 'A' && character <= 'Z'
                || character >= '0' && character <= '9' || character == '-';
    }

    /** Whether the address matches this record's patterns, with no shortcut. */
    static boolean validByPatterns(String value, int at) {
        if (at <= 0 || !charactersAllowed(value)) {
            return false;
        }
        String local = value.substring(0, at);
        return local.getBytes(StandardCharsets.UTF_8).length <= MAX_LOCAL_OCTETS
                && (DOT_ATOM.matcher(local).matches() || QUOTED.matcher(local).matches())
                && validDomain(value.substring(at + 1));
    }

    /** A domain name, ASCII or internationalised: its ASCII form (IDNA's A-labels) must be a host name. */
    private static boolean validDomain(String domain) {
        if (ASCII_DOMAIN.matcher(domain).matches()) {
            return domain.length() <= MAX_DOMAIN_OCTETS;
        }
        try {
            String ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
            return ascii.length() <= MAX_DOMAIN_OCTETS && ASCII_DOMAIN.matcher(ascii).matches();
        } catch (IllegalArgumentException notADomainName) {
            return false;
        }
    }

    /** No control, format, private-use, unassigned or space character beyond ASCII, and no lone surrogate. */
    private static boolean charactersAllowed(String value) {
        return value.codePoints().filter(codePoint -> codePoint > 0x7F).allMatch(codePoint -> switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED,
                 Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        });
    }

    @Override
    public String toString() {
        return value;
    }
}
