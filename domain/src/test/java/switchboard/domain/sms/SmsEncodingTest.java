package switchboard.domain.sms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the GSM 03.38 tables character by character. Characters outside ASCII are named by
 * their Unicode names, so that a look-alike (the ohm sign for the omega) cannot slip in.
 */
class SmsEncodingTest {

    @Test
    void theAsciiCharactersOfTheBasicTableTakeOneSeptetEach() {
        String ascii = "@$_\n\r !\"#%&'()*+,-./0123456789:;<=>?"
                + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

        assertThat(SmsEncoding.of(ascii)).isEqualTo(SmsEncoding.GSM_7);
        assertThat(units(ascii)).isEqualTo(ascii.length()).isEqualTo(88);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "POUND SIGN", "YEN SIGN", "LATIN SMALL LETTER E WITH GRAVE", "LATIN SMALL LETTER E WITH ACUTE",
            "LATIN SMALL LETTER U WITH GRAVE", "LATIN SMALL LETTER I WITH GRAVE", "LATIN SMALL LETTER O WITH GRAVE",
            "LATIN CAPITAL LETTER C WITH CEDILLA", "LATIN CAPITAL LETTER O WITH STROKE", "LATIN SMALL LETTER O WITH STROKE",
            "LATIN CAPITAL LETTER A WITH RING ABOVE", "LATIN SMALL LETTER A WITH RING ABOVE",
            "GREEK CAPITAL LETTER DELTA", "GREEK CAPITAL LETTER PHI", "GREEK CAPITAL LETTER GAMMA",
            "GREEK CAPITAL LETTER LAMDA", "GREEK CAPITAL LETTER OMEGA", "GREEK CAPITAL LETTER PI",
            "GREEK CAPITAL LETTER PSI", "GREEK CAPITAL LETTER SIGMA", "GREEK CAPITAL LETTER THETA", "GREEK CAPITAL LETTER XI",
            "LATIN CAPITAL LETTER AE", "LATIN SMALL LETTER AE", "LATIN SMALL LETTER SHARP S", "LATIN CAPITAL LETTER E WITH ACUTE",
            "CURRENCY SIGN", "INVERTED EXCLAMATION MARK",
            "LATIN CAPITAL LETTER A WITH DIAERESIS", "LATIN CAPITAL LETTER O WITH DIAERESIS",
            "LATIN CAPITAL LETTER N WITH TILDE", "LATIN CAPITAL LETTER U WITH DIAERESIS", "SECTION SIGN",
            "INVERTED QUESTION MARK", "LATIN SMALL LETTER A WITH DIAERESIS", "LATIN SMALL LETTER O WITH DIAERESIS",
            "LATIN SMALL LETTER N WITH TILDE", "LATIN SMALL LETTER U WITH DIAERESIS", "LATIN SMALL LETTER A WITH GRAVE"})
    void theOtherCharactersOfTheBasicTableTakeOneSeptetEach(String unicodeName) {
        String text = named(unicodeName);

        assertThat(SmsEncoding.of(text)).isEqualTo(SmsEncoding.GSM_7);
        assertThat(units(text)).isEqualTo(1);
    }

    @Test
    void greekCapitalsOfTheBasicTableKeepAMessageGsm7() {
        String text = named("GREEK CAPITAL LETTER DELTA", "GREEK CAPITAL LETTER PHI", "GREEK CAPITAL LETTER GAMMA",
                "GREEK CAPITAL LETTER LAMDA", "GREEK CAPITAL LETTER OMEGA", "GREEK CAPITAL LETTER PI",
                "GREEK CAPITAL LETTER PSI", "GREEK CAPITAL LETTER SIGMA", "GREEK CAPITAL LETTER THETA",
                "GREEK CAPITAL LETTER XI");

        assertThat(SmsEncoding.of("Hello " + text)).isEqualTo(SmsEncoding.GSM_7);
        assertThat(units("Hello " + text)).isEqualTo(16);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\f", "^", "{", "}", "\\", "[", "~", "]", "|", "\u20ac"})
    void everyExtensionCharacterTakesTwoSeptets(String character) {
        assertThat(SmsEncoding.of(character)).isEqualTo(SmsEncoding.GSM_7);
        assertThat(units(character)).isEqualTo(2);
    }

    @Test
    void newlineAndCarriageReturnTakeOneSeptetEach() {
        assertThat(units("a\nb")).isEqualTo(3);
        assertThat(units("a\r\nb")).isEqualTo(4);
    }

    @Test
    void onlyTheCapitalCWithCedillaIsInTheAlphabet() {
        String capital = "GAR" + named("LATIN CAPITAL LETTER C WITH CEDILLA") + "ON";
        String small = "gar" + named("LATIN SMALL LETTER C WITH CEDILLA") + "on";

        assertThat(SmsEncoding.of(capital)).isEqualTo(SmsEncoding.GSM_7);
        assertThat(SmsEncoding.of("Bonjour, " + small)).isEqualTo(SmsEncoding.UCS_2);
        assertThat(units("Bonjour, " + small)).isEqualTo(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GRAVE ACCENT", "ESCAPE", "CHARACTER TABULATION", "OHM SIGN", "INCREMENT",
            "GREEK SMALL LETTER ALPHA", "CYRILLIC SMALL LETTER ZHE", "GRINNING FACE"})
    void oneCharacterOutsideBothTablesMakesTheWholeMessageUcs2(String unicodeName) {
        assertThat(SmsEncoding.of("Hello " + named(unicodeName))).isEqualTo(SmsEncoding.UCS_2);
    }

    @Test
    void ucs2CountsUtf16CodeUnitsSoACharacterOutsideTheBmpTakesTwo() {
        assertThat(units(named("CYRILLIC SMALL LETTER ZHE"))).isEqualTo(1);
        assertThat(units(named("GRINNING FACE"))).isEqualTo(2);
        assertThat(units("\u20ac " + named("GRINNING FACE"))).isEqualTo(4);
    }

    private static int units(String text) {
        SmsEncoding encoding = SmsEncoding.of(text);
        return text.codePoints().map(encoding::units).sum();
    }

    private static String named(String... unicodeNames) {
        StringBuilder text = new StringBuilder();
        for (String name : unicodeNames) {
            text.appendCodePoint(Character.codePointOf(name));
        }
        return text.toString();
    }
}
