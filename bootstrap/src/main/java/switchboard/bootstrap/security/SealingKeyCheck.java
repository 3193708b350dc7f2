package switchboard.bootstrap.security;

import io.micronaut.context.annotation.Context;

import switchboard.application.provider.CheckSealingKeyUseCase;

/**
 * Stops the start of a process whose encryption key is not the one the other processes on its
 * database seal with: it would seal credentials they cannot open, and fail to open theirs.
 */
@Context
class SealingKeyCheck {

    SealingKeyCheck(CheckSealingKeyUseCase check) {
        if (!check.sealsWithTheDatabasesKey()) {
            throw new IllegalStateException("switchboard.security.encryption-key is not the key the gateway processes on this"
                    + " database seal with (its fingerprint is in the table gateway_key): give every process the same key");
        }
    }
}
