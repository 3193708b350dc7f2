package switchboard.application.contract;

import java.util.List;
import java.util.Optional;

import switchboard.application.audit.port.AuditLog;
import switchboard.application.contact.port.ContactDirectory;
import switchboard.application.contact.port.ContactImports;
import switchboard.application.credential.port.CredentialStore;
import switchboard.application.credential.port.LoginFailures;
import switchboard.application.delivery.port.DeliveryStore;
import switchboard.application.dispatch.port.DeliveryQueue;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.dispatch.port.OutboxCensus;
import switchboard.application.guard.port.IdempotencyStore;
import switchboard.application.guard.port.RateLimiter;
import switchboard.application.inbox.port.InboxStore;
import switchboard.application.message.port.MessageStore;
import switchboard.application.message.port.NewMessage;
import switchboard.application.message.port.SendToStore;
import switchboard.application.message.port.SendToStore.Composition;
import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.provider.port.ProviderTokenStore;
import switchboard.application.retention.port.MessageHistory;
import switchboard.application.shared.TenantStore;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.application.template.port.TemplateStore;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.message.Message;

/** One implementation of every store port, over one (empty) database. */
public interface StoreSet {

    TenantStore tenants();

    CredentialStore credentials();

    ContactDirectory contacts();

    ContactImports contactImports();

    MessageStore messages();

    DeliveryQueue queue();

    InboxStore inbox();

    /** How many sealed provider credentials are stored, wherever the store keeps them: none may outlive its delivery. */
    long storedCredentialCount();

    /** How many entries of the deliveries' history are stored: none may outlive its delivery. */
    long storedHistoryCount();

    TemplateStore templates();

    DeliveryStore deliveries();

    ProviderSettingsStore providerSettings();

    SuppressionList suppressions();

    ProviderTokenStore providerTokens();

    IdempotencyStore idempotencyKeys();

    /** The outbox's counts, over the deliveries of {@link #messages()}. */
    OutboxCensus census();

    /** The retention purge's deletes, over the messages of {@link #messages()}. */
    MessageHistory history();

    /** The rate limiter over the same database: buckets in memory on H2, in the database on PostgreSQL. */
    RateLimiter rateLimiter();

    LoginFailures loginFailures();

    AuditLog auditLog();

    /**
     * Stores the message and its deliveries as they are, in one transaction, without a suppression
     * lookup; deliveries already being sent are stored under {@code lease}.
     */
    default void save(Message message, List<Delivery> deliveries, Optional<Lease> lease) {
        store(List.of(new NewMessage(message, deliveries)), lease);
    }

    /** Stores one tenant's messages and their queued deliveries as they are, in one transaction. */
    default void saveAll(List<NewMessage> messages) {
        if (!messages.isEmpty()) {
            store(messages, Optional.empty());
        }
    }

    private void store(List<NewMessage> messages, Optional<Lease> lease) {
        Composition<Void> asGiven = new Composition<>(messages, lease, null);
        messages().store(new SendToStore<>(messages.get(0).message().tenantId(), List.of(),
                messages.stream().mapToInt(message -> 1 + message.deliveries().size()).sum(), suppressed -> asGiven));
    }
}
