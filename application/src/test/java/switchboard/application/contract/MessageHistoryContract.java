package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import switchboard.application.dispatch.port.AttemptOutcome;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.retention.PurgeFinishedMessagesService;
import switchboard.application.retention.RetentionPolicy;
import switchboard.application.retention.port.PurgedBatch;
import switchboard.application.retention.RetentionScope;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.delivery.SealedCredentials;
import switchboard.domain.message.Attachment;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of the retention purge's {@code MessageHistory}, over the outbox the sends fill. */
public abstract class MessageHistoryContract extends StoreContract {

    /** Finished before this is old enough to purge. */
    private static final Instant CUTOFF = later(3600);
    private static final RetentionScope EVERY_TENANT = new RetentionScope.AllTenantsExcept(Set.of());

    @Test
    void purgesExactlyTheFinishedMessagesOldEnough() {
        Message sent = stored(ACME, NOW, DeliveryStatus.SENT);
        Message everyEnd = stored(ACME, NOW, DeliveryStatus.DELIVERED, DeliveryStatus.FAILED, DeliveryStatus.DEAD,
                DeliveryStatus.CAPTURED, DeliveryStatus.CANCELLED);
        Message withoutDeliveries = stored(ACME, NOW);
        Message globex = stored(GLOBEX, NOW, DeliveryStatus.SENT);
        Message partlyQueued = stored(ACME, NOW, DeliveryStatus.SENT, DeliveryStatus.QUEUED);
        Message beingSent = stored(ACME, NOW, DeliveryStatus.SENDING);
        Message updatedSince = message(ACME, NOW, EmailOptions.NONE);
        save(updatedSince, List.of(delivery(updatedSince, DeliveryStatus.SENT, CUTOFF, null)));
        Message createdSince = stored(ACME, CUTOFF, DeliveryStatus.SENT);

        PurgedBatch batch = stores.history().deleteFinished(EVERY_TENANT, CUTOFF, 100);

        assertThat(batch).isEqualTo(new PurgedBatch(4, 7));
        assertThat(List.of(sent, everyEnd, withoutDeliveries, globex)).allSatisfy(message ->
                assertThat(stores.messages().find(message.tenantId(), message.id())).as("purged %s", message.id()).isEmpty());
        assertThat(List.of(partlyQueued, beingSent, updatedSince, createdSince)).allSatisfy(message ->
                assertThat(stores.messages().find(message.tenantId(), message.id())).as("kept %s", message.id()).isPresent());
        assertThat(stores.messages().find(ACME, partlyQueued.id()).orElseThrow().deliveries()).hasSize(2);
        assertThat(stores.history().deleteFinished(EVERY_TENANT, CUTOFF, 100)).isEqualTo(new PurgedBatch(0, 0));
    }

    @Test
    void deletesTheSealedCredentialsAndAttachmentsWithTheirMessage() {
        Message message = message(ACME, NOW, new EmailOptions(null, null, List.of(), List.of(), List.of(),
                List.of(Attachment.file("report.txt", "text/plain", "figures".getBytes(StandardCharsets.UTF_8)))));
        save(message, List.of(delivery(message, DeliveryStatus.SENT, NOW, new SealedCredentials(new byte[]{1, 2, 3}))));
        assertThat(stores.storedCredentialCount()).isOne();

        assertThat(stores.history().deleteFinished(EVERY_TENANT, CUTOFF, 100)).isEqualTo(new PurgedBatch(1, 1));

        assertThat(stores.messages().find(ACME, message.id())).isEmpty();
        assertThat(stores.storedCredentialCount()).isZero();
    }

    @Test
    void aPurgedMessageLeavesNoHistoryOfItsDeliveries() {
        Message purged = withHistory(NOW);
        Message kept = withHistory(CUTOFF);
        assertThat(stores.storedHistoryCount()).isEqualTo(2);

        assertThat(stores.history().deleteFinished(EVERY_TENANT, CUTOFF, 100)).isEqualTo(new PurgedBatch(1, 1));

        assertThat(stores.deliveries().history(ACME, purged.id())).isEmpty();
        assertThat(stores.deliveries().history(ACME, kept.id())).as("finished since the cutoff").hasSize(1);
        assertThat(stores.storedHistoryCount()).isOne();
    }

    @Test
    void looksOnlyAtItsScope() {
        Message acme = stored(ACME, NOW, DeliveryStatus.SENT);
        Message globex = stored(GLOBEX, NOW, DeliveryStatus.SENT);

        assertThat(stores.history().deleteFinished(new RetentionScope.AllTenantsExcept(Set.of(ACME)), CUTOFF, 100).messages())
                .isOne();
        assertThat(stores.messages().find(ACME, acme.id())).isPresent();
        assertThat(stores.messages().find(GLOBEX, globex.id())).isEmpty();

        Message otherGlobex = stored(GLOBEX, NOW, DeliveryStatus.SENT);
        assertThat(stores.history().deleteFinished(new RetentionScope.OneTenant(ACME), CUTOFF, 100).messages()).isOne();
        assertThat(stores.messages().find(ACME, acme.id())).isEmpty();
        assertThat(stores.messages().find(GLOBEX, otherGlobex.id())).isPresent();
    }

    @Test
    void deletesInBatchesOfAtMostTheLimitOldestFirst() {
        List<Message> oldestFirst = List.of(stored(ACME, NOW, DeliveryStatus.SENT), stored(ACME, later(1), DeliveryStatus.SENT),
                stored(ACME, later(2), DeliveryStatus.SENT));

        assertThat(stores.history().deleteFinished(EVERY_TENANT, CUTOFF, 2)).isEqualTo(new PurgedBatch(2, 2));
        assertThat(stores.messages().find(ACME, oldestFirst.get(2).id())).isPresent();
        assertThat(stores.history().deleteFinished(EVERY_TENANT, CUTOFF, 2)).isEqualTo(new PurgedBatch(1, 1));
        assertThat(oldestFirst).allSatisfy(message -> assertThat(stores.messages().find(ACME, message.id())).isEmpty());
    }

    @Test
    void purgesAMessageWithMoreDeliveriesThanTheLimitOverSeveralBatches() {
        Message bulk = stored(ACME, NOW, DeliveryStatus.SENT, DeliveryStatus.SENT, DeliveryStatus.SENT);

        PurgedBatch first = stores.history().deleteFinished(EVERY_TENANT, CUTOFF, 2);

        assertThat(first).isEqualTo(new PurgedBatch(0, 2));
        assertThat(first.reached(2)).isTrue();
        assertThat(stores.history().deleteFinished(EVERY_TENANT, CUTOFF, 2)).isEqualTo(new PurgedBatch(1, 1));
        assertThat(stores.messages().find(ACME, bulk.id())).isEmpty();
    }

    @Test
    void thePurgeKeepsEachTenantsMessagesForItsOwnRetention() {
        stores.tenants().update(stores.tenants().find(GLOBEX).orElseThrow().withRetention(Optional.of(Duration.ofDays(7))));
        Message acmeOld = stored(ACME, NOW, DeliveryStatus.SENT);
        Message globexOld = stored(GLOBEX, NOW, DeliveryStatus.SENT);
        Message acmeYoung = stored(ACME, NOW.plus(Duration.ofDays(2)).plusSeconds(2), DeliveryStatus.SENT);
        Clock threeDaysOn = Clock.fixed(NOW.plus(Duration.ofDays(3)).plusSeconds(1), ZoneOffset.UTC);

        int purged = new PurgeFinishedMessagesService(stores.tenants(), stores.history(),
                new RetentionPolicy(Duration.ofDays(1), 1), threeDaysOn).purge();

        assertThat(purged).isOne();
        assertThat(stores.messages().find(ACME, acmeOld.id())).isEmpty();
        assertThat(stores.messages().find(GLOBEX, globexOld.id())).as("kept for Globex's 7 days").isPresent();
        assertThat(stores.messages().find(ACME, acmeYoung.id())).isPresent();
    }

    /** A message created at {@code at} whose one delivery was sent then, its attempt in its history. */
    private Message withHistory(Instant at) {
        Message message = message(ACME, at, EmailOptions.NONE);
        save(message, List.of(Delivery.queue(message.id(), ACME, new Recipient(Channel.EMAIL,
                new EmailAddress(DeliveryId.random() + "@example.com")), at, at)));
        Lease lease = new Lease("w1", at.plusSeconds(60));
        Delivery sent = stores.queue().claimDue(lease, at, 1).get(0).delivery().afterAttempt(new AttemptResult.Sent(null), at,
                new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)), 0.5);
        assertThat(stores.queue().recordAll(List.of(new AttemptOutcome(sent, lease, Optional.empty(), Optional.of(
                AttemptRecord.ofAttempt(new AttemptResult.Sent(null), sent, Optional.of("smtp"), Optional.empty())))))).isEmpty();
        return message;
    }

    /** A message created at {@code createdAt} with one delivery in each status, each last updated then. */
    private Message stored(TenantId tenant, Instant createdAt, DeliveryStatus... statuses) {
        Message message = message(tenant, createdAt, EmailOptions.NONE);
        save(message, Arrays.stream(statuses).map(status -> delivery(message, status, createdAt, null)).toList());
        return message;
    }

    private void save(Message message, List<Delivery> deliveries) {
        boolean sending = deliveries.stream().anyMatch(delivery -> delivery.status() == DeliveryStatus.SENDING);
        stores.save(message, deliveries, sending ? Optional.of(new Lease("w1", later(60))) : Optional.empty());
    }

    private static Message message(TenantId tenant, Instant createdAt, EmailOptions email) {
        return new Message(MessageId.generate(), tenant, "admin", Content.text("Subject", "Body"), email, null, null, false,
                createdAt);
    }

    private static Delivery delivery(Message message, DeliveryStatus status, Instant updatedAt, SealedCredentials credentials) {
        return Delivery.restore(DeliveryId.random(), message.id(), message.tenantId(),
                new Recipient(Channel.EMAIL, new EmailAddress(DeliveryId.random() + "@example.com")), null, credentials, status,
                status == DeliveryStatus.QUEUED ? 0 : 1, message.createdAt(), null, null, updatedAt);
    }
}
