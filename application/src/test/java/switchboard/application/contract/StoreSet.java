package switchboard.application.contract;

import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.credential.port.CredentialStore;
import switchboard.application.delivery.port.DeliveryStore;
import switchboard.application.dispatch.port.DeliveryQueue;
import switchboard.application.guard.port.IdempotencyStore;
import switchboard.application.guard.port.RateLimiter;
import switchboard.application.inbox.port.InboxStore;
import switchboard.application.message.port.MessageStore;
import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.provider.port.ProviderTokenStore;
import switchboard.application.retention.port.MessageHistory;
import switchboard.application.shared.TenantStore;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.application.template.port.TemplateStore;

/** One implementation of every store port, over one (empty) database. */
public interface StoreSet {

    TenantStore tenants();

    CredentialStore credentials();

    ContactDirectory contacts();

    MessageStore messages();

    DeliveryQueue queue();

    InboxStore inbox();

    /** How many sealed provider credentials are stored, wherever the store keeps them: none may outlive its delivery. */
    long storedCredentialCount();

    TemplateStore templates();

    DeliveryStore deliveries();

    ProviderSettingsStore providerSettings();

    SuppressionList suppressions();

    ProviderTokenStore providerTokens();

    IdempotencyStore idempotencyKeys();

    /** The retention purge's deletes, over the messages of {@link #messages()}. */
    MessageHistory history();

    /** The rate limiter over the same database: buckets in memory on H2, in the database on PostgreSQL. */
    RateLimiter rateLimiter();
}
