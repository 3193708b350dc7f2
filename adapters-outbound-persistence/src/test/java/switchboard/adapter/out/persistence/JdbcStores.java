package switchboard.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;

import switchboard.application.audit.port.AuditLog;
import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.contact.port.ContactImports;
import switchboard.application.contract.StoreSet;
import switchboard.application.credential.port.CredentialStore;
import switchboard.application.credential.port.LoginFailures;
import switchboard.application.delivery.port.DeliveryStore;
import switchboard.application.dispatch.port.DeliveryQueue;
import switchboard.application.dispatch.port.OutboxCensus;
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
    public ContactImports contactImports() {
        return context.getBean(JdbcContactImports.class);
    }

    @Override
    public MessageStore messages() {
        return context.getBean(JdbcMessageStore.class);
    }

    @Override
    public DeliveryQueue queue() {
        return context.getBean(JdbcDeliveryQueue.class);
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
    public long storedHistoryCount() {
        return context.getBean(Database.class).read(connection -> Database.queryOne(connection,
                "SELECT COUNT(*) FROM " + AttemptRows.TABLE, row -> row.getLong(1)).orElseThrow());
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
    public OutboxCensus census() {
        return context.getBean(JdbcOutboxCensus.class);
    }

    @Override
    public MessageHistory history() {
        return context.getBean(JdbcMessageHistory.class);
    }

    @Override
    public RateLimiter rateLimiter() {
        return context.getBean(Bucket4jRateLimiter.class);
    }

    @Override
    public LoginFailures loginFailures() {
        return context.getBean(JdbcLoginFailures.class);
    }

    @Override
    public AuditLog auditLog() {
        return context.getBean(JdbcAuditLog.class);
    }
}
