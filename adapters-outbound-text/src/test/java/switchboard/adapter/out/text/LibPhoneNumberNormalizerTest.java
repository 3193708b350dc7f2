package switchboard.adapter.out.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import switchboard.domain.recipient.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;

class LibPhoneNumberNormalizerTest {

    private final LibPhoneNumberNormalizer normalizer = new LibPhoneNumberNormalizer();

    @ParameterizedTest(name = "{0} read in {1} is {2}")
    @CsvSource(nullValues = "none", value = {
            "0111111111,         ZA,   +27111111111",
            "+27 11 111 1111,    none, +27111111111",
            "0027 11 111 1111,   none, +27111111111",
            "+27 11 111 1111,    US,   +27111111111",
            "011 111 1111,       za,   +27111111111",
            "(415) 555-0100,     US,   +14155550100",
            "+1 415-555-0100,    ZA,   +14155550100",
            "00 44 20 7946 0018, ZA,   +442079460018",
            "020 7946 0018,      GB,   +442079460018",
            "+27 11 111 1111 ext. 12, none, +27111111111"})
    void readsNumbersAsPeopleWriteThem(String raw, String region, String e164) {
        assertThat(normalizer.normalize(raw, region)).contains(new PhoneNumber(e164));
    }

    @ParameterizedTest(name = "{0} read in {1} is no number")
    @CsvSource(nullValues = "none", value = {
            "0111111111,        none",
            "abc,               ZA",
            "123,               ZA",
            "+27 11 111 1111 1111 1111, none",
            "0111111111,        XX",
            "+999 1234 5678,    none"})
    void refusesWhatCannotBeANumber(String raw, String region) {
        assertThat(normalizer.normalize(raw, region)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "+"})
    void refusesNothing(String raw) {
        assertThat(normalizer.normalize(raw, "ZA")).isEmpty();
    }
}
