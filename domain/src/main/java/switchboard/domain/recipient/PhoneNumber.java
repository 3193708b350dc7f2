package switchboard.domain.recipient;

import static switchboard.domain.Invariants.require;

/** A phone number in E.164 form: a plus sign and up to fifteen digits. */
public record PhoneNumber(String value) implements Address {

    /** E.164's digits, at most; fewer than seven is no international number. */
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;

    public PhoneNumber {
        require(value != null && e164(value), "'%s' is not a phone number in E.164 form (e.g. +14155550100)", value);
    }

    /** A plus, then 7 to 15 digits, the first not zero; checked by hand, as contacts imports check numbers by the million. */
    private static boolean e164(String value) {
        int digits = value.length() - 1;
        if (digits < MIN_DIGITS || digits > MAX_DIGITS || value.charAt(0) != '+' || value.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
