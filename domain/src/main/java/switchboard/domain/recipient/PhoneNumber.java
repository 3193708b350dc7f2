package switchboard.domain.recipient;

import java.util.regex.Pattern;

import static switchboard.domain.Invariants.require;

/** A phone number in E.164 form: a plus sign and up to fifteen digits. */
public record PhoneNumber(String value) implements Address {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public PhoneNumber {
        require(value != null && E164.matcher(value).matches(),
                "'%s' is not a phone number in E.164 form (e.g. +14155550100)", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
