package switchboard.application.dispatch;

import java.util.Objects;
import java.util.Optional;

import switchboard.application.port.out.SecretSealer;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.provider.ProviderAccount;

/**
 * Chooses the provider account a delivery is sent with: the caller's own, sealed onto the
 * delivery, or else none, meaning the gateway's.
 */
public final class AccountSelector {

    private final SecretSealer sealer;

    public AccountSelector(SecretSealer sealer) {
        this.sealer = Objects.requireNonNull(sealer, "sealer");
    }

    public Optional<ProviderAccount> accountFor(Delivery delivery) {
        return delivery.credentials().map(sealer::unseal);
    }
}
