package switchboard.application.event;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.provider.port.SecretSealer;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.provider.ProviderAccount;

/**
 * An endpoint's signing secrets, as Standard Webhooks writes them ({@code whsec_} and the base64
 * of 32 random bytes), sealed at rest with the gateway's key as providers' secrets are.
 */
public final class SigningSecrets {

    private static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;
    private static final String CURRENT = "current";
    private static final String PREVIOUS = "previous";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningSecrets() {
    }

    public static String generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The current secret, and the previous one when it still signs beside it. */
    public static SealedCredentials seal(SecretSealer sealer, String current, Optional<String> previous) {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put(CURRENT, current);
        previous.ifPresent(secret -> secrets.put(PREVIOUS, secret));
        return sealer.seal(new ProviderAccount(Map.of(), secrets));
    }

    public static String current(SecretSealer sealer, SealedCredentials sealed) {
        return sealer.unseal(sealed).secrets().get(CURRENT);
    }

    /** The secrets that sign now: the current one, and the previous one while its overlap lasts. */
    public static List<String> signing(SecretSealer sealer, SealedCredentials sealed, boolean previousStillSigns) {
        Map<String, String> secrets = sealer.unseal(sealed).secrets();
        String previous = secrets.get(PREVIOUS);
        return previous != null && previousStillSigns ? List.of(secrets.get(CURRENT), previous) : List.of(secrets.get(CURRENT));
    }
}
