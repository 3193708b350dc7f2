package switchboard.application.contact.port;

import java.util.Optional;

import switchboard.domain.recipient.PhoneNumber;

/** Reads phone numbers as people write them and returns them in E.164 form. */
public interface PhoneNumberNormalizer {

    /**
     * @param raw           a number as written, e.g. {@code +27 11 111 1111} or {@code 0111111111}
     * @param defaultRegion the ISO 3166 country to read national numbers in, or null when only
     *                      international numbers are accepted
     * @return the number in E.164 form, or empty if it is not a possible number
     */
    Optional<PhoneNumber> normalize(String raw, String defaultRegion);
}
