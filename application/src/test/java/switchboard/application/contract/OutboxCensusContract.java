package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import switchboard.application.dispatch.port.FinishedMinute;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.dispatch.port.OutboxCount;
import switchboard.application.dispatch.port.OutboxCount.OutboxState;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

public abstract class OutboxCensusContract extends StoreContract {

    private static final RetryPolicy ONE_ATTEMPT = new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1));
    /** A whole minute, for the minutes the finished deliveries are counted in. */
    private static final Instant MINUTE = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void countsQueuedDueScheduledSendingAndDeadByChannel() {
        queueEmails(ACME, NOW.minusSeconds(60), NOW.minusSeconds(10), NOW.plus(Duration.ofHours(1)));
        sendAndKillTexts(ACME);

        OutboxCount count = stores.census().count(NOW);

        assertThat(count.of(Channel.EMAIL, OutboxState.QUEUED)).isEqualTo(3);
        assertThat(count.of(Channel.EMAIL, OutboxState.DUE)).isEqualTo(2);
        assertThat(count.of(Channel.EMAIL, OutboxState.SCHEDULED)).isEqualTo(1);
        assertThat(count.of(Channel.SMS, OutboxState.SENDING)).isEqualTo(1);
        assertThat(count.of(Channel.SMS, OutboxState.DEAD)).isEqualTo(1);
        assertThat(count.of(Channel.SMS, OutboxState.QUEUED)).isZero();
        assertThat(count.oldestDue()).contains(NOW.minusSeconds(60));
        assertThat(count.oldestDueAge()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void countsOneTenantsOutboxApartFromTheOthers() {
        queueEmails(ACME, NOW.minusSeconds(10));
        queueEmails(GLOBEX, NOW.minusSeconds(90), NOW.minusSeconds(30));
        sendAndKillTexts(GLOBEX);

        OutboxCount acme = stores.census().count(Optional.of(ACME), NOW);
        OutboxCount globex = stores.census().count(Optional.of(GLOBEX), NOW);
        OutboxCount everyTenant = stores.census().count(Optional.empty(), NOW);

        assertThat(acme.of(Channel.EMAIL, OutboxState.DUE)).isEqualTo(1);
        assertThat(acme.of(Channel.SMS, OutboxState.SENDING)).isZero();
        assertThat(acme.of(Channel.SMS, OutboxState.DEAD)).isZero();
        assertThat(acme.oldestDue()).contains(NOW.minusSeconds(10));
        assertThat(globex.of(Channel.EMAIL, OutboxState.DUE)).isEqualTo(2);
        assertThat(globex.of(Channel.SMS, OutboxState.SENDING)).isEqualTo(1);
        assertThat(globex.of(Channel.SMS, OutboxState.DEAD)).isEqualTo(1);
        assertThat(globex.oldestDue()).contains(NOW.minusSeconds(90));
        assertThat(everyTenant.of(Channel.EMAIL, OutboxState.DUE)).isEqualTo(3);
        assertThat(stores.census().count(Optional.of(new TenantId("initech")), NOW).deliveries()).isEmpty();
    }

    @Test
    void countsFinishedDeliveriesByChannelStatusAndMinuteSinceTheGivenTime() {
        finish(ACME, Channel.EMAIL, new AttemptResult.Sent("ref-1"), MINUTE.minusSeconds(1));
        finish(ACME, Channel.EMAIL, new AttemptResult.Sent("ref-2"), MINUTE.plusSeconds(5));
        finish(ACME, Channel.EMAIL, new AttemptResult.Sent("ref-3"), MINUTE.plusSeconds(59));
        finish(ACME, Channel.EMAIL, new AttemptResult.Rejected("mailbox unknown"), MINUTE.plusSeconds(61));
        finish(ACME, Channel.SMS, new AttemptResult.Captured(), MINUTE.plusSeconds(120));
        finish(GLOBEX, Channel.EMAIL, new AttemptResult.Sent("ref-4"), MINUTE.plusSeconds(30));
        queueEmails(ACME, MINUTE.plusSeconds(10));

        assertThat(stores.census().finishedSince(Optional.of(ACME), MINUTE))
                .extracting(FinishedMinute::channel, FinishedMinute::status, FinishedMinute::minute, FinishedMinute::deliveries)
                .containsExactlyInAnyOrder(
                        tuple(Channel.EMAIL, DeliveryStatus.SENT, MINUTE, 2L),
                        tuple(Channel.EMAIL, DeliveryStatus.FAILED, MINUTE.plusSeconds(60), 1L),
                        tuple(Channel.SMS, DeliveryStatus.CAPTURED, MINUTE.plusSeconds(120), 1L));
        assertThat(stores.census().finishedSince(Optional.empty(), MINUTE))
                .extracting(FinishedMinute::channel, FinishedMinute::status, FinishedMinute::minute, FinishedMinute::deliveries)
                .contains(tuple(Channel.EMAIL, DeliveryStatus.SENT, MINUTE, 3L));
        assertThat(stores.census().finishedSince(Optional.of(ACME), MINUTE.plusSeconds(121))).isEmpty();
    }

    private void queueEmails(TenantId tenant, Instant... notBefore) {
        Message message = message(tenant);
        stores.save(message, Arrays.stream(notBefore)
                .map(due -> Delivery.queue(message.id(), tenant, Recipient.of(Channel.EMAIL, "ada@example.com"), due, NOW))
                .toList(), Optional.empty());
    }

    /** One text being sent and one that died. */
    private void sendAndKillTexts(TenantId tenant) {
        Message texts = message(tenant);
        Lease lease = new Lease("worker", NOW.plus(Duration.ofMinutes(2)));
        Delivery sending = sms(texts, "+14155550100").claim(NOW);
        Delivery dying = sms(texts, "+14155550101").claim(NOW);
        stores.save(texts, List.of(sending, dying), Optional.of(lease));
        stores.queue().record(dying.afterAttempt(new AttemptResult.Deferred("timeout"), NOW, ONE_ATTEMPT, 0.5), lease);
    }

    private void finish(TenantId tenant, Channel channel, AttemptResult result, Instant at) {
        Message message = message(tenant);
        Lease lease = new Lease("worker", at.plus(Duration.ofMinutes(2)));
        Delivery sending = Delivery.queue(message.id(), tenant, Recipient.of(channel,
                channel == Channel.SMS ? "+14155550102" : "grace@example.com"), at, at).claim(at);
        stores.save(message, List.of(sending), Optional.of(lease));
        stores.queue().record(sending.afterAttempt(result, at, ONE_ATTEMPT, 0.5), lease);
    }

    private static Message message(TenantId tenant) {
        return new Message(MessageId.generate(), tenant, "admin", Content.text("Hi", "Hello"), EmailOptions.NONE, null, null,
                false, NOW);
    }

    private static Delivery sms(Message message, String number) {
        return Delivery.queue(message.id(), message.tenantId(), Recipient.of(Channel.SMS, number), NOW, NOW);
    }
}
