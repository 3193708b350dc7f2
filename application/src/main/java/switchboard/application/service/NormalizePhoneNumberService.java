package switchboard.application.service;

import java.util.Objects;
import java.util.Optional;

import switchboard.application.port.in.NormalizePhoneNumberUseCase;
import switchboard.application.port.out.PhoneNumberNormalizer;
import switchboard.domain.recipient.PhoneNumber;

public final class NormalizePhoneNumberService implements NormalizePhoneNumberUseCase {

    private final PhoneNumberNormalizer phones;

    public NormalizePhoneNumberService(PhoneNumberNormalizer phones) {
        this.phones = Objects.requireNonNull(phones, "phones");
    }

    @Override
    public Optional<PhoneNumber> normalize(String raw, String region) {
        return region == null || region.isBlank() ? Optional.empty() : phones.normalize(raw, region);
    }
}
