package switchboard.application.memory;

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
import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.provider.port.ProviderTokenStore;
import switchboard.application.retention.port.MessageHistory;
import switchboard.application.shared.TenantStore;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.application.template.port.TemplateStore;

/** Every store port in memory: for service tests, and held to the same contracts as the databases. */
public final class InMemoryStores implements StoreSet {

    private final InMemoryCredentialStore credentials = new InMemoryCredentialStore();
    private final InMemoryContactDirectory contacts = new InMemoryContactDirectory();
    private final InMemoryContactImports contactImports = new InMemoryContactImports();
    private final InMemoryInboxStore inbox = new InMemoryInboxStore();
    private final InMemoryTemplateStore templates = new InMemoryTemplateStore();
    private final InMemoryProviderSettingsStore providerSettings = new InMemoryProviderSettingsStore();
    private final InMemorySuppressionList suppressions = new InMemorySuppressionList();
    private final InMemoryMessageStore messages = new InMemoryMessageStore(suppressions);
    private final InMemoryTenantStore tenants = new InMemoryTenantStore(credentials, messages, contacts);
    private final InMemoryProviderTokenStore providerTokens = new InMemoryProviderTokenStore();
    private final InMemoryIdempotencyStore idempotencyKeys = new InMemoryIdempotencyStore();
    private final InMemoryRateLimiter rateLimiter = new InMemoryRateLimiter();
    private final InMemoryLoginFailures loginFailures = new InMemoryLoginFailures();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();

    @Override
    public TenantStore tenants() {
        return tenants;
    }

    @Override
    public CredentialStore credentials() {
        return credentials;
    }

    @Override
    public ContactDirectory contacts() {
        return contacts;
    }

    @Override
    public ContactImports contactImports() {
        return contactImports;
    }

    @Override
    public InMemoryMessageStore messages() {
        return messages;
    }

    @Override
    public DeliveryQueue queue() {
        return messages;
    }

    @Override
    public InboxStore inbox() {
        return inbox;
    }

    @Override
    public long storedCredentialCount() {
        return messages.deliveries().stream().filter(delivery -> delivery.credentials().isPresent()).count();
    }

    @Override
    public long storedHistoryCount() {
        return messages.historySize();
    }

    @Override
    public TemplateStore templates() {
        return templates;
    }

    @Override
    public DeliveryStore deliveries() {
        return messages;
    }

    @Override
    public ProviderSettingsStore providerSettings() {
        return providerSettings;
    }

    @Override
    public SuppressionList suppressions() {
        return suppressions;
    }

    @Override
    public ProviderTokenStore providerTokens() {
        return providerTokens;
    }

    @Override
    public IdempotencyStore idempotencyKeys() {
        return idempotencyKeys;
    }

    @Override
    public OutboxCensus census() {
        return messages;
    }

    @Override
    public MessageHistory history() {
        return new InMemoryMessageHistory(messages);
    }

    @Override
    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    @Override
    public LoginFailures loginFailures() {
        return loginFailures;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }
}
