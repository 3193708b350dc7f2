package switchboard.adapter.out.text;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

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
 */
@Singleton
public class LibPhoneNumberNormalizer implements PhoneNumberNormalizer {

    /** libphonenumber's name for "no region": only numbers with a country code parse. */
    private static final String NO_REGION = "ZZ";

    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

    @Override
    public Optional<PhoneNumber> normalize(String raw, String defaultRegion) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber parsed = defaultRegion == null
                    ? phoneNumbers.parse(withPlus(raw.strip()), NO_REGION)
                    : phoneNumbers.parse(raw, defaultRegion.toUpperCase(Locale.ROOT));
            return phoneNumbers.isPossibleNumber(parsed)
                    ? Optional.of(new PhoneNumber(phoneNumbers.format(parsed, PhoneNumberFormat.E164)))
                    : Optional.empty();
        } catch (NumberParseException | InvalidValueException e) {
            // InvalidValueException: possible in its country, but longer or shorter than E.164 allows.
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
