package switchboard.application.dispatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import switchboard.application.memory.Gateway;
import switchboard.application.memory.RecordingEmailSender;
import switchboard.application.memory.RecordingProviderSender;
import switchboard.application.send.RecipientRequest.ToAddress;
import switchboard.application.send.SendCommand;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.AttemptRecord.Account;
import switchboard.domain.delivery.AttemptRecord.Outcome;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.Recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static switchboard.application.memory.Eventually.waitFor;

/** Which account each delivery is sent with: the caller's, the tenant's primary or fallback, or the gateway's. */
class ProviderAccountsTest {

    private static final ProviderAccount PRIMARY = account("AC00000000000000000000000000000001");
    private static final ProviderAccount FALLBACK = account("AC00000000000000000000000000000002");
    private static final ProviderAccount CALLERS = account("AC00000000000000000000000000000003");
    private static final RetryPolicy FIVE_ATTEMPTS = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(20));

    private Gateway gateway;

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void theFallbackTakesOverOnceThePrimaryHasFailedTheConfiguredNumberOfTimes() throws Exception {
        RecordingProviderSender.Sms sms = RecordingProviderSender.sms(false);
        sms.answering((text, account) -> account.equals(Optional.of(PRIMARY))
                ? new AttemptResult.Deferred("twilio 20429 too many requests") : new AttemptResult.Sent("SM-fallback"));
        gateway = start(sms);
        gateway.stores.providerSettings().save(Gateway.TENANT, new ProviderSettings(Channel.SMS, PRIMARY, Optional.of(FALLBACK), 2));

        gateway.send.send(sms("+14155550100"));

        waitFor(() -> onlyDelivery().status() == DeliveryStatus.SENT);
        assertThat(sms.sent()).extracting(RecordingProviderSender.Sent::account)
                .containsExactly(Optional.of(PRIMARY), Optional.of(PRIMARY), Optional.of(FALLBACK));
        assertThat(onlyDelivery().providerRef()).contains("SM-fallback");
        assertThat(onlyDelivery().attempts()).isEqualTo(3);
        assertThat(history()).as("the delivery's history names the account of each attempt")
                .extracting(AttemptRecord::attempt, AttemptRecord::outcome, AttemptRecord::error, AttemptRecord::account)
                .containsExactly(
                        tuple(1, Outcome.RETRYING, Optional.of("twilio 20429 too many requests"), Optional.of(Account.PRIMARY)),
                        tuple(2, Outcome.RETRYING, Optional.of("twilio 20429 too many requests"), Optional.of(Account.PRIMARY)),
                        tuple(3, Outcome.SENT, Optional.empty(), Optional.of(Account.FALLBACK)));
        assertThat(history().get(2).providerRef()).contains("SM-fallback");
    }

    @Test
    void withoutAFallbackThePrimaryKeepsTryingUntilTheDeliveryIsDead() throws Exception {
        RecordingProviderSender.Sms sms = RecordingProviderSender.sms(false);
        sms.answering((text, account) -> new AttemptResult.Deferred("twilio 503"));
        gateway = start(sms);
        gateway.stores.providerSettings().save(Gateway.TENANT, new ProviderSettings(Channel.SMS, PRIMARY, Optional.empty(), 1));

        gateway.send.send(sms("+14155550100"));

        waitFor(() -> onlyDelivery().status() == DeliveryStatus.DEAD);
        assertThat(sms.sent()).hasSize(5).extracting(RecordingProviderSender.Sent::account).containsOnly(Optional.of(PRIMARY));
    }

    @Test
    void aCallersOwnAccountWinsOverTheTenants() throws Exception {
        RecordingProviderSender.Sms sms = RecordingProviderSender.sms(false);
        gateway = start(sms);
        gateway.stores.providerSettings().save(Gateway.TENANT, new ProviderSettings(Channel.SMS, PRIMARY, Optional.empty(), 2));

        gateway.send.send(sms("+14155550100").withProviderAccount(Channel.SMS, CALLERS));

        waitFor(() -> onlyDelivery().status() == DeliveryStatus.SENT);
        assertThat(sms.sent()).singleElement().extracting(RecordingProviderSender.Sent::account).isEqualTo(Optional.of(CALLERS));
    }

    @Test
    void withNoAccountAnywhereTheDeliveryIsCaptured() throws Exception {
        RecordingProviderSender.Sms sms = RecordingProviderSender.sms(false);
        gateway = start(sms);

        gateway.send.send(sms("+14155550100"));

        waitFor(() -> onlyDelivery().status() == DeliveryStatus.CAPTURED);
        assertThat(sms.sent()).isEmpty();
        assertThat(history()).singleElement().satisfies(captured -> {
            assertThat(captured.outcome()).isEqualTo(Outcome.CAPTURED);
            assertThat(captured.provider()).as("no provider took part").isEmpty();
            assertThat(captured.account()).isEmpty();
        });
    }

    @Test
    void theGatewaysAccountServesTenantsWithoutTheirOwn() throws Exception {
        RecordingProviderSender.Sms sms = RecordingProviderSender.sms(true);
        gateway = start(sms);

        gateway.send.send(sms("+14155550100"));

        waitFor(() -> onlyDelivery().status() == DeliveryStatus.SENT);
        assertThat(sms.sent()).singleElement().extracting(RecordingProviderSender.Sent::account).isEqualTo(Optional.empty());
        assertThat(history()).singleElement().extracting(AttemptRecord::account).isEqualTo(Optional.of(Account.GATEWAY));
    }

    @Test
    void aTenantsEmailAccountGivesItsSenderIdentityUnlessTheMessageNamesOne() throws Exception {
        RecordingEmailSender email = new RecordingEmailSender();
        gateway = new Gateway(Senders.email(email), FIVE_ATTEMPTS);
        gateway.worker.start();
        gateway.stores.providerSettings().save(Gateway.TENANT, new ProviderSettings(Channel.EMAIL,
                new ProviderAccount(Map.of("from", "news@acme.example", "fromName", "Acme News"), Map.of()), Optional.empty(), 2));

        gateway.send.send(SendCommand.of(Gateway.TENANT, "test", Content.text("Hi", "Hello"),
                List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("a@example.com"))))));

        waitFor(() -> email.sent().size() == 1);
        assertThat(email.sent().get(0).from()).contains(new EmailAddress("news@acme.example"));
        assertThat(email.sent().get(0).fromName()).isEqualTo("Acme News");
    }

    private Gateway start(RecordingProviderSender.Sms sms) {
        Gateway started = new Gateway(new Senders(Optional.empty(), Optional.of(sms), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), FIVE_ATTEMPTS);
        started.worker.start();
        return started;
    }

    private List<AttemptRecord> history() {
        Delivery delivery = onlyDelivery();
        return gateway.stores.deliveries().history(delivery.tenantId(), delivery.messageId());
    }

    private Delivery onlyDelivery() {
        return gateway.stores.messages().deliveries().get(0);
    }

    private static SendCommand sms(String phone) {
        return SendCommand.of(Gateway.TENANT, "test", Content.text(null, "Your code is 1234"),
                List.of(new ToAddress(Recipient.of(Channel.SMS, phone))));
    }

    private static ProviderAccount account(String sid) {
        return new ProviderAccount(Map.of("accountSid", sid), Map.of("authToken", "token-of-" + sid));
    }
}
