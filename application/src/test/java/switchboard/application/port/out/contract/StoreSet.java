package switchboard.application.port.out.contract;

import switchboard.application.port.out.ContactDirectory;
import switchboard.application.port.out.CredentialStore;
import switchboard.application.port.out.DeliveryQueue;
import switchboard.application.port.out.DeliveryStore;
import switchboard.application.port.out.IdempotencyStore;
import switchboard.application.port.out.InboxStore;
import switchboard.application.port.out.MessageStore;
import switchboard.application.port.out.ProviderSettingsStore;
import switchboard.application.port.out.ProviderTokenStore;
import switchboard.application.port.out.RateLimiter;
import switchboard.application.port.out.SuppressionList;
import switchboard.application.port.out.TemplateStore;
import switchboard.application.port.out.TenantStore;

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

    /** The rate limiter over the same database: buckets in memory on H2, in the database on PostgreSQL. */
    RateLimiter rateLimiter();
}
