package switchboard.application.port.in;

import java.util.Optional;

import switchboard.domain.recipient.PhoneNumber;

public interface NormalizePhoneNumberUseCase {

    /**
     * A number as a client wrote it, in E.164 form, or empty when it is not a possible number.
     *
     * @param defaultRegion the ISO 3166 country to read national numbers in, or null to accept
     *                      international numbers only ({@code +...} or {@code 00...})
     */
    Optional<PhoneNumber> normalize(String raw, String defaultRegion);
}
