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

    public EmailAddress {
        require(value != null && value.length() <= MAX_LENGTH && value.getBytes(StandardCharsets.UTF_8).length <= MAX_LENGTH
                && valid(value), "'%s' is not a valid email address", value);
        int at = value.lastIndexOf('@');
        value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the address holds characters beyond ASCII, in its local part or domain (RFC 6531). */
    public boolean internationalised() {
        return value.chars().anyMatch(character -> character > 0x7F);
    }

    private static boolean valid(String value) {
        int at = value.lastIndexOf('@');
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
