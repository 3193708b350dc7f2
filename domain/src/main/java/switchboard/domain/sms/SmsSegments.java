package switchboard.domain.sms;

import java.util.stream.IntStream;

import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requirePresent;

/**
 * How many SMS a text takes, which is what providers bill: Dripcel's {@code totalCost} is
 * the segments times the price of one. {@code units} are septets for GSM-7 or UTF-16 code
 * units for UCS-2 (see {@link SmsEncoding}).
 *
 * <p>An empty text is one segment: an SMS with no text is still an SMS, and providers bill
 * it as one.
 */
public record SmsSegments(SmsEncoding encoding, int units, int segments) {

    public SmsSegments {
        requirePresent(encoding, "the encoding");
        require(units >= 0, "units must not be negative");
        require(segments >= 1, "an SMS takes at least one segment");
    }

    public static SmsSegments of(String text) {
        requirePresent(text, "the text");
        SmsEncoding encoding = SmsEncoding.of(text);
        int[] characterUnits = text.codePoints().map(encoding::units).toArray();
        int units = IntStream.of(characterUnits).sum();
        int segments = units <= encoding.singleMessageUnits() ? 1 : parts(characterUnits, encoding.unitsPerPart());
        return new SmsSegments(encoding, units, segments);
    }

    /**
     * Packs the characters into parts in order. Dividing the units by the part size would
     * undercount: a character never straddles two parts (an extension character stays with
     * its escape, a surrogate pair stays whole), so a part may end a unit short.
     */
    private static int parts(int[] characterUnits, int unitsPerPart) {
        int parts = 1;
        int used = 0;
        for (int units : characterUnits) {
            if (used + units > unitsPerPart) {
                parts++;
                used = 0;
            }
            used += units;
        }
        return parts;
    }
}
