package switchboard.domain.sms;

/**
 * How an SMS carries its text. GSM-7 packs each character of the GSM 03.38 alphabet into
 * seven bits; a single character outside that alphabet forces UCS-2, sixteen bits per UTF-16
 * code unit, on the whole message.
 */
public enum SmsEncoding {
    GSM_7 {
        /** An extension-table character takes two septets: the escape and the character. */
        @Override
        int units(int codePoint) {
            return Gsm7Alphabet.isExtension(codePoint) ? 2 : 1;
        }
    },
    UCS_2 {
        /** A character outside the Basic Multilingual Plane takes two units: a surrogate pair. */
        @Override
        int units(int codePoint) {
            return Character.charCount(codePoint);
        }
    };

    /** The encoding a text needs: GSM-7 when every character is in the GSM 03.38 alphabet, else UCS-2. */
    static SmsEncoding of(String text) {
        return text.codePoints().allMatch(Gsm7Alphabet::contains) ? GSM_7 : UCS_2;
    }

    /** The units (septets or UTF-16 code units) that one character of a text in this encoding takes. */
    abstract int units(int codePoint);
}
