package switchboard.adapter.out.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.provider.ProviderAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AesGcmSecretSealerTest {

    private static final ProviderAccount ACCOUNT = new ProviderAccount(
            Map.of("accountSid", "AC81caaa94b3b84bb7ba9c3cd96bcb152a"), Map.of("authToken", "a secret token"));

    private final AesGcmSecretSealer sealer = new AesGcmSecretSealer(key(1));

    @Test
    void opensWhatItSealed() {
        assertThat(sealer.unseal(sealer.seal(ACCOUNT))).isEqualTo(ACCOUNT);
    }

    @Test
    void sealedBytesShowNothingAndDifferEachTime() {
        SealedCredentials first = sealer.seal(ACCOUNT);
        SealedCredentials second = sealer.seal(ACCOUNT);

        assertThat(new String(first.sealed(), StandardCharsets.ISO_8859_1)).doesNotContain("secret", "AC81caaa");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void refusesChangedBytesAndAnotherKey() {
        byte[] tampered = sealer.seal(ACCOUNT).sealed();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> sealer.unseal(new SealedCredentials(tampered))).hasMessageContaining("could not be opened");
        assertThatThrownBy(() -> new AesGcmSecretSealer(key(2)).unseal(sealer.seal(ACCOUNT)))
                .hasMessageContaining("could not be opened");
        assertThatThrownBy(() -> sealer.unseal(new SealedCredentials(new byte[]{9, 9, 9})))
                .hasMessageContaining("not sealed by this gateway");
        assertThatThrownBy(() -> new AesGcmSecretSealer(new byte[16])).hasMessageContaining("32 bytes");
    }

    @Test
    void theFingerprintTellsKeysApartAndHoldsNoneOfTheKey() {
        String fingerprint = sealer.fingerprint();

        assertThat(new AesGcmSecretSealer(key(1)).fingerprint()).isEqualTo(fingerprint);
        assertThat(new AesGcmSecretSealer(key(2)).fingerprint()).isNotEqualTo(fingerprint);
        assertThat(fingerprint).hasSize(64).doesNotContain("0101010101010101");
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[AesGcmSecretSealer.KEY_BYTES];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
