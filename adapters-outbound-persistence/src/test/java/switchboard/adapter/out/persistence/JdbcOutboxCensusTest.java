package switchboard.adapter.out.persistence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import switchboard.application.dispatch.port.Lease;
import switchboard.application.dispatch.port.OutboxCount;
import switchboard.application.dispatch.port.OutboxCount.OutboxState;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox counted by channel and state in one query, on H2 and on PostgreSQL. */
class JdbcOutboxCensusTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final TenantId TENANT = new TenantId("acme");
    private static final RetryPolicy ONE_ATTEMPT = new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1));

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void countsQueuedDueScheduledSendingAndDeadByChannel(String database) {
        JdbcStores stores = database.equals("h2") ? TestDatabases.emptyH2() : TestDatabases.emptyPostgres();
        stores.tenants().add(new Tenant(TENANT, "Acme", ContactFields.DEFAULT, NOW));
        Message emails = message();
        stores.save(emails, List.of(email(emails, "due@example.com", NOW.minusSeconds(60)),
                email(emails, "also-due@example.com", NOW.minusSeconds(10)),
                email(emails, "later@example.com", NOW.plus(Duration.ofHours(1)))), Optional.empty());
        Message texts = message();
        Lease lease = new Lease("worker", NOW.plus(Duration.ofMinutes(2)));
        Delivery sending = sms(texts, "+14155550100").claim(NOW);
        Delivery dying = sms(texts, "+14155550101").claim(NOW);
        stores.save(texts, List.of(sending, dying), Optional.of(lease));
        stores.queue().record(dying.afterAttempt(new AttemptResult.Deferred("timeout"), NOW, ONE_ATTEMPT, 0.5), lease);

        OutboxCount count = stores.context().getBean(JdbcOutboxCensus.class).count(NOW);

        assertThat(count.of(Channel.EMAIL, OutboxState.QUEUED)).isEqualTo(3);
        assertThat(count.of(Channel.EMAIL, OutboxState.DUE)).isEqualTo(2);
        assertThat(count.of(Channel.EMAIL, OutboxState.SCHEDULED)).isEqualTo(1);
        assertThat(count.of(Channel.SMS, OutboxState.SENDING)).isEqualTo(1);
        assertThat(count.of(Channel.SMS, OutboxState.DEAD)).isEqualTo(1);
        assertThat(count.of(Channel.SMS, OutboxState.QUEUED)).isZero();
        assertThat(count.oldestDue()).contains(NOW.minusSeconds(60));
        assertThat(count.oldestDueAge()).isEqualTo(Duration.ofSeconds(60));
    }

    private static Message message() {
        return new Message(MessageId.random(), TENANT, "admin", Content.text("Hi", "Hello"), EmailOptions.NONE, null, null,
                false, NOW);
    }

    private static Delivery email(Message message, String address, Instant notBefore) {
        return Delivery.queue(message.id(), TENANT, Recipient.of(Channel.EMAIL, address), notBefore, NOW);
    }

    private static Delivery sms(Message message, String number) {
        return Delivery.queue(message.id(), TENANT, Recipient.of(Channel.SMS, number), NOW, NOW);
    }
}
