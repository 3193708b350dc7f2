package switchboard.domain.sms;

/**
 * How an SMS carries its text. GSM-7 packs each character of the GSM 03.38 alphabet into
 * seven bits; a single character outside that alphabet forces UCS-2, sixteen bits per UTF-16
 * code unit, on the whole message.
 *
 * <p>An SMS carries 140 bytes: 160 septets or 70 UCS-2 units. A longer text travels as a
 * concatenated message whose parts each give six bytes to the header that joins them,
 * leaving 153 septets or 67 units per part.
 */
public enum SmsEncoding {
    GSM_7(160, 153) {
        /** An extension-table character takes two septets: the escape and the character. */
        @Override
        int units(int codePoint) {
            return Gsm7Alphabet.isExtension(codePoint) ? 2 : 1;
        }
    },
    UCS_2(70, 67) {
        /** A character outside the Basic Multilingual Plane takes two units: a surrogate pair. */
        @Override
        int units(int codePoint) {
            return Character.charCount(codePoint);
        }
    };

    private final int singleMessageUnits;
    private final int unitsPerPart;

    SmsEncoding(int singleMessageUnits, int unitsPerPart) {
        this.singleMessageUnits = singleMessageUnits;
        this.unitsPerPart = unitsPerPart;
    }

    /** The most units a text may take to go as one SMS. */
    public int singleMessageUnits() {
        return singleMessageUnits;
    }

    /** The most units one part of a concatenated message holds. */
    public int unitsPerPart() {
        return unitsPerPart;
    }

    /** The encoding a text needs: GSM-7 when every character is in the GSM 03.38 alphabet, else UCS-2. */
    static SmsEncoding of(String text) {
        return text.codePoints().allMatch(Gsm7Alphabet::contains) ? GSM_7 : UCS_2;
    }

    /** The units (septets or UTF-16 code units) that one character of a text in this encoding takes. */
    abstract int units(int codePoint);
}
