package switchboard.application.dispatch;

import java.util.Objects;
import java.util.Optional;

import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.provider.port.SecretSealer;
import switchboard.domain.delivery.AttemptRecord.Account;
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

    /** The account for the delivery's current attempt, and whose it is. */
    public Chosen accountFor(Delivery delivery) {
        if (delivery.credentials().isPresent()) {
            return new Chosen(delivery.credentials().map(sealer::unseal), Account.CALLER);
        }
        Optional<ProviderSettings> tenant = settings.find(delivery.tenantId(), delivery.channel());
        if (tenant.isEmpty()) {
            return new Chosen(Optional.empty(), Account.GATEWAY);
        }
        int attempt = delivery.attempts();
        return new Chosen(Optional.of(tenant.get().accountFor(attempt)),
                tenant.get().fallbackTakesOver(attempt) ? Account.FALLBACK : Account.PRIMARY);
    }

    /**
     * An account chosen for an attempt.
     *
     * @param account empty for the gateway's
     * @param whose   whose account it is, for the delivery's history
     */
    public record Chosen(Optional<ProviderAccount> account, Account whose) {
    }
}
