package switchboard.application.provider;

import java.util.Objects;

import switchboard.application.provider.port.KeyFingerprints;
import switchboard.application.provider.port.SecretSealer;

public final class CheckSealingKeyService implements CheckSealingKeyUseCase {

    private final SecretSealer sealer;
    private final KeyFingerprints fingerprints;

    public CheckSealingKeyService(SecretSealer sealer, KeyFingerprints fingerprints) {
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.fingerprints = Objects.requireNonNull(fingerprints, "fingerprints");
    }

    @Override
    public boolean sealsWithTheDatabasesKey() {
        String fingerprint = sealer.fingerprint();
        return fingerprints.recordOrRead(fingerprint).equals(fingerprint);
    }
}
