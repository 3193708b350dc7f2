package switchboard.application.dispatch.port;

import java.util.Optional;

import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.provider.ProviderAccount;

/**
 * Hands a message to a channel's provider. Reports failures as results (permanent, for now, or
 * the address gone); throws only for bugs.
 *
 * @param <M> the channel's message
 */
public interface ProviderSender<M> {

    /** The provider's name as the gateway's metrics label it (e.g. the vendor's, in lower case). */
    String provider();

    /** Whether the gateway itself has an account to send with, for tenants that have none of their own. */
    boolean hasGatewayAccount();

    /**
     * @param account the tenant's or the caller's own account at the provider, or empty for the
     *                gateway's
     */
    AttemptResult send(M message, Optional<ProviderAccount> account);
}
