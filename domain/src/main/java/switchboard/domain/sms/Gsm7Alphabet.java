package switchboard.domain.sms;

/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet: the basic table, one septet a character,
 * and its extension table, reached through an escape septet, so two septets a character.
 */
final class Gsm7Alphabet {

    /**
     * The basic table in code order, one string per column of sixteen. Position 0x1B is the
     * escape to the extension table, not a character, so it is left out: a text holding
     * U+001B cannot be sent as GSM-7 text. Position 0x09 is the capital C with cedilla; the
     * small one is not in the table.
     */
    private static final String BASIC =
            "@\u00a3$\u00a5\u00e8\u00e9\u00f9\u00ec\u00f2\u00c7\n\u00d8\u00f8\r\u00c5\u00e5"
            + "\u0394_\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e" + "\u00c6\u00e6\u00df\u00c9"
            + " !\"#\u00a4%&'()*+,-./"
            + "0123456789:;<=>?"
            + "\u00a1ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZ\u00c4\u00d6\u00d1\u00dc\u00a7"
            + "\u00bfabcdefghijklmno"
            + "pqrstuvwxyz\u00e4\u00f6\u00f1\u00fc\u00e0";

    /** The extension table's characters: form feed, ^ { } \ [ ~ ] | and the euro sign. */
    private static final String EXTENSION = "\f^{}\\[~]|\u20ac";

    private Gsm7Alphabet() {
    }

    static boolean contains(int codePoint) {
        return BASIC.indexOf(codePoint) >= 0 || isExtension(codePoint);
    }

    static boolean isExtension(int codePoint) {
        return EXTENSION.indexOf(codePoint) >= 0;
    }
}
