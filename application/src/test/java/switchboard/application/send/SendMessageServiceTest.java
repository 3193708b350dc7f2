package switchboard.application.send;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import switchboard.application.dispatch.Senders;
import switchboard.application.memory.Gateway;
import switchboard.application.memory.RecordingEmailSender;
import switchboard.application.send.RecipientOutcome.Reason;
import switchboard.application.send.RecipientRequest.ToAddress;
import switchboard.application.send.RecipientRequest.ToContact;
import switchboard.application.shared.NotFoundException;
import switchboard.application.shared.PageRequest;
import switchboard.application.suppression.Suppression;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactData;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.contact.ContactId;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.message.Content;
import switchboard.domain.provider.ProviderAccount;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.recipient.UserId;
import switchboard.domain.scope.Scope;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static switchboard.application.memory.Eventually.waitFor;

class SendMessageServiceTest {

    private final RecordingEmailSender email = new RecordingEmailSender();
    private Gateway gateway = new Gateway(Senders.email(email));

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void storesOneQueuedDeliveryPerRecipientAndChannelAndReturnsAtOnce() {
        SendResult result = gateway.send.send(command(List.of(
                new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("a@example.com"))),
                new ToAddress(new Recipient(Channel.SMS, new PhoneNumber("+97455555555"))),
                new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("b@example.com")))), Duration.ZERO));

        assertThat(result.messageId()).isPresent();
        assertThat(result.outcomes()).hasSize(3).allSatisfy(outcome ->
                assertThat(outcome).isInstanceOfSatisfying(RecipientOutcome.Accepted.class, accepted ->
                        assertThat(accepted.deliveries()).singleElement().extracting(Delivery::status).isEqualTo(DeliveryStatus.QUEUED)));
        assertThat(gateway.stores.messages().deliveries()).hasSize(3)
                .allSatisfy(delivery -> assertThat(delivery.messageId()).isEqualTo(result.messageId().get()));
        assertThat(email.sent()).as("nothing is sent before a worker claims it").isEmpty();
    }

    @Test
    void reachesContactsAtTheAddressesTheirDataHolds() {
        gateway.contacts.upsert(Gateway.TENANT, List.of(new Contact(new ContactId("nick"), ContactData.of(Map.of(
                "Email", "nick@example.org", "Mobile", "+27 11 111 1111", "pushTokens", List.of("tok-1", "tok-2"))))));

        SendResult result = gateway.send.send(command(List.of(
                new ToContact(Channel.EMAIL, new ContactId("nick")),
                new ToContact(Channel.SMS, new ContactId("nick")),
                new ToContact(Channel.PUSH, new ContactId("nick")),
                new ToContact(Channel.IN_APP, new ContactId("nick"))), Duration.ZERO));

        assertThat(addresses(result.outcomes().get(0))).containsExactly("nick@example.org");
        assertThat(addresses(result.outcomes().get(1))).containsExactly("+27111111111");
        assertThat(addresses(result.outcomes().get(2))).containsExactly("tok-1", "tok-2");
        assertThat(addresses(result.outcomes().get(3))).containsExactly("nick");
    }

    @Test
    void usesTheTenantsOwnContactFieldNames() {
        gateway.stores.tenants().update(gateway.stores.tenants().find(Gateway.TENANT).orElseThrow()
                .withContactFields(new ContactFields(List.of("work_mail"), List.of("phone"), List.of("devices"))));
        gateway.contacts.upsert(Gateway.TENANT, List.of(new Contact(new ContactId("w"),
                ContactData.of(Map.of("email", "home@example.com", "WORK_MAIL", "work@example.com")))));

        SendResult result = gateway.send.send(command(List.of(new ToContact(Channel.EMAIL, new ContactId("w"))), Duration.ZERO));

        assertThat(addresses(result.outcomes().get(0))).containsExactly("work@example.com");
    }

    @Test
    void rejectsRecipientsItCannotReachAndKeepsTheOthers() {
        gateway.contacts.upsert(Gateway.TENANT, List.of(
                new Contact(new ContactId("no-mail"), ContactData.of(Map.of("name", "No Mail"))),
                new Contact(new ContactId("bad-mail"), ContactData.of(Map.of("email", "not an address"))),
                new Contact(new ContactId("bad-phone"), ContactData.of(Map.of("phone", "0111111111")))));

        SendResult result = gateway.send.send(command(List.of(
                new ToContact(Channel.IN_APP, new ContactId("ghost")),
                new ToContact(Channel.EMAIL, new ContactId("no-mail")),
                new ToContact(Channel.EMAIL, new ContactId("bad-mail")),
                new ToContact(Channel.SMS, new ContactId("bad-phone")),
                new ToContact(Channel.WEBHOOK, new ContactId("no-mail")),
                new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("fine@example.com")))), Duration.ZERO));

        assertThat(result.outcomes()).extracting(SendMessageServiceTest::reason).containsExactly(
                Reason.UNKNOWN_CONTACT, Reason.NO_ADDRESS, Reason.INVALID_ADDRESS, Reason.INVALID_ADDRESS, Reason.NO_ADDRESS, null);
        assertThat(((RecipientOutcome.Rejected) result.outcomes().get(0)).detail()).contains("ghost");
        assertThat(gateway.stores.messages().deliveries()).hasSize(1);
    }

    @Test
    void storesNothingWhenEveryRecipientIsRejected() {
        SendResult result = gateway.send.send(command(List.of(new ToContact(Channel.IN_APP, new ContactId("ghost"))),
                Duration.ofSeconds(5)));

        assertThat(result.messageId()).isEmpty();
        assertThat(result.outcomes()).singleElement().isInstanceOf(RecipientOutcome.Rejected.class);
        assertThat(gateway.stores.messages().deliveries()).isEmpty();
    }

    @Test
    void schedulesDeliveriesForLaterWithoutSendingThemNow() {
        Instant later = Instant.now().plus(Duration.ofHours(1));
        SendResult result = gateway.send.send(SendCommand.of(Gateway.TENANT, "test", Content.text("Hi", "Body"),
                        List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("a@example.com")))))
                .withNotBefore(later).withAwaitOutcome(Duration.ofSeconds(5)));

        Delivery delivery = ((RecipientOutcome.Accepted) result.outcomes().get(0)).deliveries().get(0);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(delivery.notBefore()).isEqualTo(later);
        assertThat(email.sent()).isEmpty();
    }

    @Test
    void anAwaitedSendReportsTheFirstAttemptOfEachChannel() {
        gateway.close();
        gateway = new Gateway(Senders.NONE);
        gateway.contacts.upsert(Gateway.TENANT, List.of(new Contact(new ContactId("u1"), ContactData.EMPTY)));

        SendResult result = gateway.send.send(command(List.of(
                new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("a@example.com"))),
                new ToAddress(new Recipient(Channel.SMS, new PhoneNumber("+97455555555"))),
                new ToContact(Channel.IN_APP, new ContactId("u1"))), Duration.ofSeconds(5)));

        assertThat(result.outcomes()).extracting(outcome -> ((RecipientOutcome.Accepted) outcome).deliveries().get(0).status())
                .containsExactly(DeliveryStatus.CAPTURED, DeliveryStatus.CAPTURED, DeliveryStatus.SENT);
        assertThat(gateway.stores.inbox().list(Gateway.TENANT, new UserId("u1"), new PageRequest(0, 10)))
                .singleElement().satisfies(item -> {
                    assertThat(item.title()).isEqualTo("Hello");
                    assertThat(item.body()).isEqualTo("Body text");
                });
        assertThat(gateway.stores.messages().deliveries()).extracting(Delivery::status)
                .containsExactlyInAnyOrder(DeliveryStatus.CAPTURED, DeliveryStatus.CAPTURED, DeliveryStatus.SENT);
    }

    @Test
    void anAwaitedSendReportsARejectionAndARetry() {
        email.answering(outgoing -> outgoing.recipient().value().startsWith("bad")
                ? new AttemptResult.Rejected("550 no such user") : new AttemptResult.Deferred("421 busy"));

        SendResult result = gateway.send.send(command(List.of(
                new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("bad@example.com"))),
                new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("busy@example.com")))), Duration.ofSeconds(5)));

        List<Delivery> deliveries = result.outcomes().stream()
                .map(outcome -> ((RecipientOutcome.Accepted) outcome).deliveries().get(0)).toList();
        assertThat(deliveries.get(0).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(deliveries.get(0).lastError()).contains("550 no such user");
        assertThat(deliveries.get(1).status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(deliveries.get(1).lastError()).contains("421 busy");
    }

    @Test
    void anAttemptLongerThanTheBudgetIsReportedAsSendingAndFinishesInTheBackground() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        email.answering(outgoing -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new AttemptResult.Sent("late");
        });

        SendResult result = gateway.send.send(command(List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("slow@example.com")))),
                Duration.ofMillis(100)));
        assertThat(((RecipientOutcome.Accepted) result.outcomes().get(0)).deliveries().get(0).status())
                .isEqualTo(DeliveryStatus.SENDING);

        release.countDown();
        waitFor(() -> gateway.stores.messages().deliveries().get(0).status() == DeliveryStatus.SENT);
    }

    @Test
    void aTestMessageIsCapturedEvenWhereAProviderIsConfigured() {
        SendResult result = gateway.send.send(command(List.of(new ToAddress(new Recipient(Channel.EMAIL,
                new EmailAddress("a@example.com")))), Duration.ofSeconds(5)).withTestMode(true).withCampaign("launch"));

        assertThat(((RecipientOutcome.Accepted) result.outcomes().get(0)).deliveries().get(0).status())
                .isEqualTo(DeliveryStatus.CAPTURED);
        assertThat(email.sent()).isEmpty();
        assertThat(gateway.stores.messages().find(Gateway.TENANT, result.messageId().orElseThrow()).orElseThrow().message())
                .satisfies(message -> {
                    assertThat(message.testMode()).isTrue();
                    assertThat(message.campaign()).contains("launch");
                });
    }

    @Test
    void aChannelCanSaySomethingElseThanTheMessage() {
        gateway.contacts.upsert(Gateway.TENANT, List.of(new Contact(new ContactId("u1"), ContactData.EMPTY)));
        Content push = new Content("New article", "John has posted a new article", null);

        gateway.send.send(command(List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("a@example.com"))),
                new ToContact(Channel.IN_APP, new ContactId("u1"))), Duration.ofSeconds(5))
                .withChannelContent(Channel.IN_APP, push));

        assertThat(email.sent()).singleElement().satisfies(sent -> assertThat(sent.text()).isEqualTo("Body text"));
        assertThat(gateway.stores.inbox().list(Gateway.TENANT, new UserId("u1"), new PageRequest(0, 10)))
                .singleElement().satisfies(item -> {
                    assertThat(item.title()).isEqualTo("New article");
                    assertThat(item.body()).isEqualTo("John has posted a new article");
                });
    }

    @Test
    void aCallersOwnProviderAccountIsSealedOntoItsChannelsDeliveriesOnly() {
        ProviderAccount account = new ProviderAccount(Map.of("accountSid", "AC81caaa94b3b84bb7ba9c3cd96bcb152a"),
                Map.of("authToken", "caller's token"));

        gateway.send.send(command(List.of(new ToAddress(Recipient.of(Channel.SMS, "+14155550100")),
                new ToAddress(Recipient.of(Channel.EMAIL, "a@example.com"))), Duration.ZERO)
                .withProviderAccount(Channel.SMS, account));

        Delivery sms = gateway.stores.messages().deliveries().stream()
                .filter(delivery -> delivery.channel() == Channel.SMS).findFirst().orElseThrow();
        assertThat(Gateway.SEALER.unseal(sms.credentials().orElseThrow())).isEqualTo(account);
        assertThat(new String(sms.credentials().get().sealed(), StandardCharsets.UTF_8))
                .doesNotContain("caller's token");
        assertThat(gateway.stores.messages().deliveries().stream()
                .filter(delivery -> delivery.channel() == Channel.EMAIL).findFirst().orElseThrow().credentials()).isEmpty();
    }

    @Test
    void aScopeReachesEveryMatchingContactThatHasAnAddressOnTheChannel() {
        gateway.contacts.upsert(Gateway.TENANT, List.of(
                new Contact(new ContactId("nick"), ContactData.of(Map.of("Email", "nick@example.org", "team", "news",
                        "pushTokens", List.of("t1", "t2")))),
                new Contact(new ContactId("john"), ContactData.of(Map.of("Email", "john@example.org", "team", "news"))),
                new Contact(new ContactId("nomail"), ContactData.of(Map.of("team", "news"))),
                new Contact(new ContactId("ann"), ContactData.of(Map.of("Email", "ann@example.org", "team", "sales")))));
        Scope news = Scope.parse(Map.of("team", "news"));

        SendResult result = gateway.send.send(command(List.of(new RecipientRequest.ToScope(Channel.EMAIL, news),
                new RecipientRequest.ToScope(Channel.PUSH, news)), Duration.ZERO));

        assertThat(addresses(result.outcomes().get(0))).containsExactly("john@example.org", "nick@example.org");
        assertThat(addresses(result.outcomes().get(1))).containsExactly("t1", "t2");
    }

    @Test
    void aScopeThatMatchesNobodyStoresNothingAndIsNoError() {
        SendResult result = gateway.send.send(command(List.of(new RecipientRequest.ToScope(Channel.EMAIL,
                Scope.parse(Map.of("Email", "nobody@example.org")))), Duration.ZERO));

        assertThat(result.messageId()).isEmpty();
        assertThat(result.outcomes()).singleElement().isInstanceOfSatisfying(RecipientOutcome.Accepted.class,
                accepted -> assertThat(accepted.deliveries()).isEmpty());
    }

    @Test
    void aBatchStoresEachCommandAsItsOwnMessageAndAnswersARefusedOneInItsPlace() {
        Recipient gone = new Recipient(Channel.EMAIL, new EmailAddress("gone@example.com"));
        gateway.stores.suppressions().suppress(Gateway.TENANT, new Suppression(gone, "bounced", Instant.now()));
        SendCommand toAnn = command(List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("ann@example.com")))),
                Duration.ZERO);
        SendCommand fieldsForNoContact = SendCommand.of(Gateway.TENANT, "test", Content.text("Hi {{first_name}}", "Body"),
                List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("bob@example.com"))))).withPersonalisation(true);
        SendCommand toGoneAndCid = command(List.of(new ToAddress(gone),
                new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("cid@example.com")))), Duration.ZERO);

        List<BatchSendOutcome> outcomes = gateway.sendBatch.sendAll(Gateway.TENANT, List.of(new BatchItem.Send(toAnn),
                new BatchItem.Send(fieldsForNoContact), new BatchItem.Send(toGoneAndCid)));

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(1)).isInstanceOfSatisfying(BatchSendOutcome.Refused.class, refused ->
                assertThat(refused.reason()).contains("first_name"));
        SendResult first = ((BatchSendOutcome.Sent) outcomes.get(0)).result();
        SendResult third = ((BatchSendOutcome.Sent) outcomes.get(2)).result();
        assertThat(first.messageId()).isPresent().isNotEqualTo(third.messageId());
        assertThat(reason(third.outcomes().get(0))).isEqualTo(Reason.SUPPRESSED);
        assertThat(addresses(third.outcomes().get(1))).containsExactly("cid@example.com");
        assertThat(gateway.stores.messages().deliveries()).extracting(delivery -> delivery.address().value())
                .containsExactlyInAnyOrder("ann@example.com", "cid@example.com");
    }

    @Test
    void anUnknownTenantIsAnError() {
        assertThatThrownBy(() -> gateway.send.send(SendCommand.of(new TenantId("nobody"), "test", Content.text("s", "b"),
                List.of(new ToAddress(new Recipient(Channel.EMAIL, new EmailAddress("a@example.com")))))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nobody");
    }

    private static SendCommand command(List<RecipientRequest> recipients, Duration await) {
        return SendCommand.of(Gateway.TENANT, "test", Content.text("Hello", "Body text"), recipients).withAwaitOutcome(await);
    }

    private static List<String> addresses(RecipientOutcome outcome) {
        return ((RecipientOutcome.Accepted) outcome).deliveries().stream().map(delivery -> delivery.address().value()).toList();
    }

    private static Reason reason(RecipientOutcome outcome) {
        return outcome instanceof RecipientOutcome.Rejected rejected ? rejected.reason() : null;
    }
}
