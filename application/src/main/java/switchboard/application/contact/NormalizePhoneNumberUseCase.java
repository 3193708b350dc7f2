package switchboard.application.contact;

import java.util.Optional;

import switchboard.domain.recipient.PhoneNumber;

public interface NormalizePhoneNumberUseCase {

    /**
     * A number as people write it, read in a country: {@code 0111111111} in {@code ZA} is
     * {@code +27111111111}.
     *
     * @param region the ISO 3166 alpha-2 country that national numbers are read in; null or blank
     *               to accept international numbers only ({@code +...} or {@code 00...})
     * @return the number in E.164 form, or empty if it cannot be a number there
     */
    Optional<PhoneNumber> normalize(String raw, String region);
}
