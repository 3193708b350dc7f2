package switchboard.adapter.in.capillary.send;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Optional;

import switchboard.adapter.in.capillary.Fault;
import switchboard.application.contact.NormalizePhoneNumberUseCase;
import switchboard.domain.recipient.PhoneNumber;

/**
 * Reads mobile numbers as Capillary clients write them: with the country code and without a
 * plus ({@code 919591471711} is {@code +919591471711}); {@code +} and {@code 00} prefixes are
 * read as well. Only when a number is not possible with a country code, and
 * {@code switchboard.capillary.default-region} names a country, is it read as a national number
 * of that country ({@code 09591471711} in IN), and the item carries a warning saying so.
 */
@Singleton
class PhoneNumbers {

    private final NormalizePhoneNumberUseCase phones;
    private final String defaultRegion;

    PhoneNumbers(NormalizePhoneNumberUseCase phones,
                 @Nullable @Value("${switchboard.capillary.default-region:}") String defaultRegion) {
        this.phones = phones;
        this.defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? null : defaultRegion.strip();
    }

    Optional<PhoneNumber> read(String raw, ItemCheck check) {
        String number = raw.strip();
        if (number.startsWith("+") || number.startsWith("00")) {
            return phones.normalize(number, null);
        }
        Optional<PhoneNumber> withCountryCode = phones.normalize("+" + number, null);
        if (withCountryCode.isPresent() || defaultRegion == null) {
            return withCountryCode;
        }
        Optional<PhoneNumber> national = phones.normalize(number, defaultRegion);
        national.ifPresent(phone -> check.warn(Fault.NATIONAL_NUMBER, "'" + number + "' has no country code: it was read as a"
                + " number of " + defaultRegion + ", " + phone + "."));
        return national;
    }
}
