package switchboard.application.sms.port;

import java.util.Optional;

import switchboard.domain.recipient.PhoneNumber;

/** Which country a phone number belongs to, by its numbering plan. */
public interface PhoneNumberCountries {

    /** The ISO 3166 alpha-2 country of the number, or empty when its calling code names none ({@code +800}). */
    Optional<String> countryOf(PhoneNumber number);
}
