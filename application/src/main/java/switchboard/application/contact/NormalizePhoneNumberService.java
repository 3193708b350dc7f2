package switchboard.application.contact;

import java.util.Objects;
import java.util.Optional;

import switchboard.application.contact.port.PhoneNumberNormalizer;
import switchboard.domain.recipient.PhoneNumber;

/** Lets the dialects read phone numbers as their clients write them, with the gateway's numbering plans. */
public final class NormalizePhoneNumberService implements NormalizePhoneNumberUseCase {

    private final PhoneNumberNormalizer phones;

    public NormalizePhoneNumberService(PhoneNumberNormalizer phones) {
        this.phones = Objects.requireNonNull(phones, "phones");
    }

    @Override
    public Optional<PhoneNumber> normalize(String raw, String region) {
        return phones.normalize(raw, region == null || region.isBlank() ? null : region);
    }
}
