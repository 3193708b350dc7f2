package switchboard.application.dispatch;

import java.util.Objects;
import java.util.Optional;

import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.provider.port.SecretSealer;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.provider.ProviderSettings;

/**
 * Chooses the provider account a delivery is sent with: the caller's own, sealed onto the
 * delivery; else the tenant's for the channel (its fallback once the primary has failed the
 * delivery often enough); else none, meaning the gateway's.
 */
public final class AccountSelector {

    private final SecretSealer sealer;
    private final ProviderSettingsStore settings;

    public AccountSelector(SecretSealer sealer, ProviderSettingsStore settings) {
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The account for the delivery's current attempt; empty for the gateway's. */
    public Optional<ProviderAccount> accountFor(Delivery delivery) {
        if (delivery.credentials().isPresent()) {
            return delivery.credentials().map(sealer::unseal);
        }
        return tenantSettings(delivery).map(tenant -> tenant.accountFor(delivery.attempts()));
    }

    private Optional<ProviderSettings> tenantSettings(Delivery delivery) {
        return settings.find(delivery.tenantId(), delivery.channel());
    }
}
