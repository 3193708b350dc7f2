package switchboard.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;

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
import switchboard.application.port.out.contract.StoreSet;

/** The JDBC stores of one application context. */
public record JdbcStores(ApplicationContext context) implements StoreSet {

    @Override
    public TenantStore tenants() {
        return context.getBean(JdbcTenantStore.class);
    }

    @Override
    public CredentialStore credentials() {
        return context.getBean(JdbcCredentialStore.class);
    }

    @Override
    public ContactDirectory contacts() {
        return context.getBean(JdbcContactDirectory.class);
    }

    @Override
    public MessageStore messages() {
        return context.getBean(JdbcMessageStore.class);
    }

    @Override
    public DeliveryQueue queue() {
        return context.getBean(JdbcMessageStore.class);
    }

    @Override
    public InboxStore inbox() {
        return context.getBean(JdbcInboxStore.class);
    }

    @Override
    public long storedCredentialCount() {
        return context.getBean(Database.class).read(connection -> Database.queryOne(connection,
                "SELECT COUNT(*) FROM delivery_credentials", row -> row.getLong(1)).orElseThrow());
    }

    @Override
    public TemplateStore templates() {
        return context.getBean(JdbcTemplateStore.class);
    }

    @Override
    public DeliveryStore deliveries() {
        return context.getBean(JdbcDeliveryStore.class);
    }

    @Override
    public ProviderSettingsStore providerSettings() {
        return context.getBean(JdbcProviderSettingsStore.class);
    }

    @Override
    public SuppressionList suppressions() {
        return context.getBean(JdbcSuppressionList.class);
    }

    @Override
    public ProviderTokenStore providerTokens() {
        return context.getBean(JdbcProviderTokenStore.class);
    }

    @Override
    public IdempotencyStore idempotencyKeys() {
        return context.getBean(JdbcIdempotencyStore.class);
    }

    @Override
    public RateLimiter rateLimiter() {
        return context.getBean(Bucket4jRateLimiter.class);
    }
}
