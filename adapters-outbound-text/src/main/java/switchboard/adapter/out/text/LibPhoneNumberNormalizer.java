package switchboard.adapter.out.text;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import switchboard.application.contact.port.PhoneNumberNormalizer;
import switchboard.domain.InvalidValueException;
import switchboard.domain.recipient.PhoneNumber;

/**
 * Google's libphonenumber, which knows every country's numbering plan: trunk prefixes
 * ({@code 011...} in South Africa is {@code +2711...}), international call prefixes and the
 * lengths numbers can have.
 * <p>
 * A number is accepted when it is possible (its length fits its country's plan), not only when
 * it is valid (assigned to a known range): numbering plans change faster than the library's
 * metadata, and refusing a real new number would be worse than trying an unused one.
 * <p>
 * A number written as a plus and digits only, the form most stored numbers take, is read
 * without the library's parser when the parser would read it the same way (see
 * {@link #readPlain}): the parser's patterns for punctuation, letters and extensions cost most
 * of a contacts import's time otherwise.
 */
@Singleton
public class LibPhoneNumberNormalizer implements PhoneNumberNormalizer {

    /** libphonenumber's name for "no region": only numbers with a country code parse. */
    private static final String NO_REGION = "ZZ";

    /** libphonenumber's longest country calling code, and its shortest and longest national numbers. */
    private static final int MAX_CALLING_CODE = 3;
    private static final int MIN_NATIONAL_NUMBER = 2;
    private static final int MAX_NATIONAL_NUMBER = 17;
    /** libphonenumber's region code for a calling code that is not a country's ({@code +800}, {@code +882}, ...). */
    private static final String NON_GEOGRAPHICAL = "001";

    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();
    /** The library's metadata files, as PhoneNumberUtil.getInstance() reads them (its own copy is not public). */
    private final MetadataSource metadata = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
    /** Per calling code, the pattern of the trunk prefix its national numbers may begin with; a never-matching one if none. */
    private final Map<Integer, Pattern> trunkPrefixes = new ConcurrentHashMap<>();
    /** Per calling code, the national number lengths that are possible, by length. */
    private final Map<Integer, boolean[]> possibleLengths = new ConcurrentHashMap<>();

    @Override
    public Optional<PhoneNumber> normalize(String raw, String defaultRegion) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = defaultRegion == null ? withPlus(raw.strip()) : raw;
        Phonenumber.PhoneNumber plain = readPlain(text);
        return plain != null ? possiblePlain(text, plain) : parse(text, defaultRegion);
    }

    /** The number as libphonenumber's parser reads it, with no shortcut. */
    Optional<PhoneNumber> parse(String text, String defaultRegion) {
        try {
            return possible(phoneNumbers.parse(text, defaultRegion == null ? NO_REGION : defaultRegion.toUpperCase(Locale.ROOT)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A {@code +} and digits read as the parser reads them, or null to leave it to the parser. The
     * parser takes the calling code as the first one to three digits that name one, and the rest
     * as the national number unless it begins with the country's trunk prefix (the {@code 0} of
     * {@code +27 082...}), which it may strip: such numbers, a leading zero, a calling code that
     * names nothing and lengths it refuses are all left to it. Whatever the region, a {@code +}
     * number is read in its own country.
     */
    Phonenumber.PhoneNumber readPlain(String text) {
        int digits = text.length() - 1;
        if (digits < 1 + MIN_NATIONAL_NUMBER || digits > MAX_CALLING_CODE + MAX_NATIONAL_NUMBER || text.charAt(0) != '+'
                || text.charAt(1) == '0') {
            return null;
        }
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return null;
            }
        }
        for (int codeLength = 1; codeLength <= MAX_CALLING_CODE; codeLength++) {
            int code = Integer.parseInt(text, 1, 1 + codeLength, 10);
            String region = phoneNumbers.getRegionCodeForCountryCode(code);
            if (!region.equals(NO_REGION)) {
                int national = 1 + codeLength;
                int nationalLength = text.length() - national;
                boolean plain = nationalLength >= MIN_NATIONAL_NUMBER && nationalLength <= MAX_NATIONAL_NUMBER
                        && text.charAt(national) != '0'
                        && !trunkPrefix(code, region).matcher(text.substring(national)).lookingAt();
                return plain ? new Phonenumber.PhoneNumber().setCountryCode(code)
                        .setNationalNumber(Long.parseLong(text, national, text.length(), 10)) : null;
            }
        }
        return null;
    }

    /**
     * A number read by {@link #readPlain}, checked as {@link #possible} checks it, from what that
     * check reads: for a number of no known type, only its national number's length, whose answer
     * is kept per calling code. The number as written is already its E.164 form.
     */
    private Optional<PhoneNumber> possiblePlain(String text, Phonenumber.PhoneNumber plain) {
        int code = plain.getCountryCode();
        int nationalLength = text.length() - 1 - (code < 10 ? 1 : code < 100 ? 2 : 3);
        if (!possibleLengths.computeIfAbsent(code, this::possibleLengths)[nationalLength]) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PhoneNumber(text));
        } catch (InvalidValueException tooLong) {
            return Optional.empty();
        }
    }

    /** Which lengths of national number the library finds possible under the calling code, asked once each. */
    private boolean[] possibleLengths(int code) {
        boolean[] possible = new boolean[MAX_NATIONAL_NUMBER + 1];
        for (int length = MIN_NATIONAL_NUMBER; length <= MAX_NATIONAL_NUMBER; length++) {
            possible[length] = phoneNumbers.isPossibleNumber(new Phonenumber.PhoneNumber().setCountryCode(code)
                    .setNationalNumber(Long.parseLong("1".repeat(length))));
        }
        return possible;
    }

    private Pattern trunkPrefix(int code, String region) {
        return trunkPrefixes.computeIfAbsent(code, unused -> {
            PhoneMetadata country = region.equals(NON_GEOGRAPHICAL) ? metadata.getMetadataForNonGeographicalRegion(code)
                    : metadata.getMetadataForRegion(region);
            String prefix = country.getNationalPrefixForParsing();
            return Pattern.compile(prefix.isEmpty() ? "(?!)" : prefix);
        });
    }

    private Optional<PhoneNumber> possible(Phonenumber.PhoneNumber parsed) {
        try {
            return phoneNumbers.isPossibleNumber(parsed)
                    ? Optional.of(new PhoneNumber(phoneNumbers.format(parsed, PhoneNumberFormat.E164)))
                    : Optional.empty();
        } catch (InvalidValueException tooLongOrShort) {
            // Possible in its country, but longer or shorter than E.164 allows.
            return Optional.empty();
        }
    }

    /**
     * Without a region there is no country whose international call prefix to read, so the
     * {@code 00} used across most of the world stands for {@code +}.
     */
    private static String withPlus(String raw) {
        return raw.startsWith("00") ? "+" + raw.substring(2) : raw;
    }
}
