package switchboard.application.memory;

import java.nio.charset.StandardCharsets;

import switchboard.application.provider.port.SecretSealer;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.provider.ProviderAccount;

/** Reverses the bytes instead of encrypting them: enough to tell sealed from plain in service tests. */
public final class FakeSecretSealer implements SecretSealer {

    @Override
    public SealedCredentials seal(ProviderAccount account) {
        return new SealedCredentials(reversed(account.asText().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public ProviderAccount unseal(SealedCredentials sealed) {
        return ProviderAccount.fromText(new String(reversed(sealed.sealed()), StandardCharsets.UTF_8));
    }

    @Override
    public String fingerprint() {
        return "reversed bytes";
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] copy = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            copy[i] = bytes[bytes.length - 1 - i];
        }
        return copy;
    }
}
