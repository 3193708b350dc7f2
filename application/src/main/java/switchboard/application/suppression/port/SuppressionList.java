package switchboard.application.suppression.port;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import switchboard.application.shared.PageRequest;
import switchboard.application.suppression.Suppression;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

/**
 * The addresses a provider reported gone for good (an uninstalled app's push token, a number
 * that opted out, a webhook endpoint that answered 410), so that sends pass them over.
 */
public interface SuppressionList {

    /** Adds the address, or keeps the earlier entry if it is already there. */
    void suppress(TenantId tenantId, Suppression suppression);

    /** Those of the recipients that are suppressed, in one look-up however many they are. */
    Set<Recipient> suppressedAmong(TenantId tenantId, Collection<Recipient> recipients);

    /** The tenant's suppressed addresses, newest first. */
    List<Suppression> list(TenantId tenantId, PageRequest page);

    /** @return false if the address was not suppressed */
    boolean remove(TenantId tenantId, Recipient recipient);
}
