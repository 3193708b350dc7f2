package switchboard.domain.sms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import switchboard.domain.InvalidValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static switchboard.domain.sms.SmsEncoding.GSM_7;
import static switchboard.domain.sms.SmsEncoding.UCS_2;

class SmsSegmentsTest {

    private static final String EURO = "\u20ac";
    private static final String ZHE = "\u0436";
    private static final String GRINNING_FACE = "\ud83d\ude00";

    @Test
    void anEmptyTextIsOneSegment() {
        assertThat(SmsSegments.of("")).isEqualTo(new SmsSegments(GSM_7, 0, 1));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "459, 3", "460, 4"})
    void gsm7Fits160SeptetsInOneSmsAnd153InEachPart(int septets, int segments) {
        assertThat(SmsSegments.of("a".repeat(septets))).isEqualTo(new SmsSegments(GSM_7, septets, segments));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "70, 1", "71, 2", "134, 2", "135, 3", "201, 3", "202, 4"})
    void ucs2Fits70UnitsInOneSmsAnd67InEachPart(int units, int segments) {
        assertThat(SmsSegments.of(ZHE.repeat(units))).isEqualTo(new SmsSegments(UCS_2, units, segments));
    }

    @Test
    void aEuroAfter159CharactersMakes161SeptetsAndSoTwoSegments() {
        assertThat(SmsSegments.of("a".repeat(159) + EURO)).isEqualTo(new SmsSegments(GSM_7, 161, 2));
    }

    @Test
    void aEuroAfter152CharactersStillFitsOneSms() {
        assertThat(SmsSegments.of("a".repeat(152) + EURO)).isEqualTo(new SmsSegments(GSM_7, 154, 1));
    }

    @Test
    void aEuroThatWouldStraddleTwoPartsMovesWholeToTheNext() {
        String text = "a".repeat(152) + EURO + "a".repeat(152);

        assertThat(SmsSegments.of(text)).isEqualTo(new SmsSegments(GSM_7, 306, 3));
    }

    @Test
    void aTextOfEurosPacks76ToAPart() {
        assertThat(SmsSegments.of(EURO.repeat(80))).isEqualTo(new SmsSegments(GSM_7, 160, 1));
        assertThat(SmsSegments.of(EURO.repeat(81))).isEqualTo(new SmsSegments(GSM_7, 162, 2));
        assertThat(SmsSegments.of(EURO.repeat(153))).isEqualTo(new SmsSegments(GSM_7, 306, 3));
    }

    @Test
    void anEmojiThatWouldStraddleTwoPartsMovesWholeToTheNext() {
        String straddling = ZHE.repeat(66) + GRINNING_FACE + ZHE.repeat(66);
        String ending = ZHE.repeat(65) + GRINNING_FACE + ZHE.repeat(67);

        assertThat(SmsSegments.of(straddling)).isEqualTo(new SmsSegments(UCS_2, 134, 3));
        assertThat(SmsSegments.of(ending)).isEqualTo(new SmsSegments(UCS_2, 134, 2));
    }

    @Test
    void anEmojiTakesTwoOfTheSeventyUnitsOfOneSms() {
        assertThat(SmsSegments.of(ZHE.repeat(68) + GRINNING_FACE)).isEqualTo(new SmsSegments(UCS_2, 70, 1));
        assertThat(SmsSegments.of(ZHE.repeat(69) + GRINNING_FACE)).isEqualTo(new SmsSegments(UCS_2, 71, 2));
    }

    @Test
    void aSmallCWithCedillaTurnsOneSmsIntoThreeUcs2Parts() {
        assertThat(SmsSegments.of("a".repeat(160)).segments()).isEqualTo(1);
        assertThat(SmsSegments.of("\u00e7" + "a".repeat(159))).isEqualTo(new SmsSegments(UCS_2, 160, 3));
    }

    @Test
    void lineBreaksTakeOneSeptetEach() {
        assertThat(SmsSegments.of("a".repeat(158) + "\r\n")).isEqualTo(new SmsSegments(GSM_7, 160, 1));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> SmsSegments.of(null)).isInstanceOf(InvalidValueException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> new SmsSegments(null, 1, 1)).hasMessageContaining("encoding");
        assertThatThrownBy(() -> new SmsSegments(GSM_7, -1, 1)).hasMessageContaining("units");
        assertThatThrownBy(() -> new SmsSegments(GSM_7, 0, 0)).hasMessageContaining("at least one segment");
    }
}
