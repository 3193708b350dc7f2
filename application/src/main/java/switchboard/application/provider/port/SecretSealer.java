package switchboard.application.provider.port;

import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.provider.ProviderAccount;

/** Encrypts provider credentials with the gateway's key for the time they are stored, and back. */
public interface SecretSealer {

    SealedCredentials seal(ProviderAccount account);

    ProviderAccount unseal(SealedCredentials sealed);

    /** Tells this key from another without revealing anything of it. */
    String fingerprint();
}
