package switchboard.domain.recipient;

import java.util.Locale;
import java.util.regex.Pattern;

import static switchboard.domain.Invariants.require;

/** An email address of the common form local@domain; the domain is kept in lowercase. */
public record EmailAddress(String value) implements Address {

    public static final int MAX_LENGTH = 254;

    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern FORM = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@" + LABEL + "(?:\\." + LABEL + ")*");

    public EmailAddress {
        require(value != null && value.length() <= MAX_LENGTH && FORM.matcher(value).matches()
                && !value.startsWith(".") && !value.contains("..") && !value.contains(".@"),
                "'%s' is not a valid email address", value);
        int at = value.lastIndexOf('@');
        value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
