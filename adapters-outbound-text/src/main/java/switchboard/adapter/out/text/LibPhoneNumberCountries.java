package switchboard.adapter.out.text;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.inject.Singleton;

import java.util.Optional;

import switchboard.application.sms.port.PhoneNumberCountries;
import switchboard.domain.recipient.PhoneNumber;

/** libphonenumber's country of a number: the one of its calling code whose ranges the number falls in. */
@Singleton
public class LibPhoneNumberCountries implements PhoneNumberCountries {

    /** libphonenumber's name for "no region": unknown, or a calling code that is not a country's. */
    private static final String NO_REGION = "ZZ";
    private static final String NON_GEOGRAPHICAL = "001";

    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

    @Override
    public Optional<String> countryOf(PhoneNumber number) {
        try {
            String region = phoneNumbers.getRegionCodeForNumber(phoneNumbers.parse(number.value(), NO_REGION));
            return region == null || region.equals(NO_REGION) || region.equals(NON_GEOGRAPHICAL)
                    ? Optional.empty() : Optional.of(region);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
