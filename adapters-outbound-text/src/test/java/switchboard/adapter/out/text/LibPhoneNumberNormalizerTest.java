package switchboard.adapter.out.text;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

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

    /**
     * The shortcut for numbers written as a plus and digits gives what the parser gives, over
     * every calling code's example numbers (with a trunk prefix or a zero put in as well) and
     * random digits after a plus, read with no region and in regions whose trunk prefixes differ.
     */
    @Test
    void theShortcutForPlainNumbersReadsThemAsTheParserDoes() {
        Set<String> samples = plainSamples();
        long shortcut = 0;
        long accepted = 0;
        List<String> regions = Arrays.asList(null, "ZA", "US", "IT", "AR", "BR");
        for (String region : regions) {
            for (String sample : samples) {
                String text = region == null ? sample.strip().replaceFirst("^00", "+") : sample;
                Optional<PhoneNumber> read = normalizer.normalize(sample, region);
                assertThat(read).as("%s read in %s", sample, region).isEqualTo(normalizer.parse(text, region));
                shortcut += normalizer.readPlain(text) != null ? 1 : 0;
                accepted += read.isPresent() ? 1 : 0;
            }
        }
        long tried = (long) regions.size() * samples.size();
        assertThat(shortcut).as("numbers read by the shortcut").isGreaterThan(tried / 4);
        assertThat(accepted).as("numbers accepted").isGreaterThan(tried / 4).isLessThan(tried * 3 / 4);
    }

    private static Set<String> plainSamples() {
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        Set<String> samples = new LinkedHashSet<>();
        for (int code : phones.getSupportedCallingCodes()) {
            for (String region : phones.getRegionCodesForCountryCode(code)) {
                for (PhoneNumberType type : PhoneNumberType.values()) {
                    Phonenumber.PhoneNumber example = region.equals("001") ? phones.getExampleNumberForNonGeoEntity(code)
                            : phones.getExampleNumberForType(region, type);
                    if (example != null) {
                        addVariants(samples, code, phones.getNationalSignificantNumber(example),
                                region.equals("001") ? null : phones.getNddPrefixForRegion(region, true));
                    }
                }
            }
        }
        Random random = new Random(16);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder digits = new StringBuilder("+");
            for (int length = random.nextInt(22); length >= 0; length--) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            samples.add(digits.toString());
        }
        samples.addAll(List.of("+", "+1", "+12", "+123", "+0027821234567", " +27821234567 ", "+27 82 123 4567",
                "+2782123456７", "+27821234567;ext=12", "+800 1234 5678", "+80012345678", "+8821234567890"));
        return samples;
    }

    /** The number as written, with its trunk prefix or a zero put in, cut short, too long, and after 00. */
    private static void addVariants(Set<String> samples, int code, String national, String trunkPrefix) {
        samples.add("+" + code + national);
        samples.add("+" + code + (trunkPrefix == null ? "" : trunkPrefix) + national);
        samples.add("+" + code + "0" + national);
        samples.add("+" + code + national.substring(0, national.length() / 2));
        samples.add("+" + code + national + "12345");
        samples.add("00" + code + national);
    }
}
