package switchboard.application.contract;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import switchboard.application.dispatch.port.AttemptOutcome;
import switchboard.application.dispatch.port.Lease;
import switchboard.application.shared.PageRequest;
import switchboard.application.shared.TenantStore.Removal;
import switchboard.domain.credential.Credential;
import switchboard.domain.credential.CredentialId;
import switchboard.domain.credential.CredentialType;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.RetryPolicy;
import switchboard.domain.message.Content;
import switchboard.domain.message.EmailOptions;
import switchboard.domain.message.Message;
import switchboard.domain.message.MessageId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.EmailAddress;
import switchboard.domain.recipient.PhoneNumber;
import switchboard.domain.recipient.Recipient;

import switchboard.domain.contact.ContactFields;
import switchboard.domain.contact.ContactId;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

public abstract class TenantStoreContract extends StoreContract {

    @Test
    void findsWhatWasAdded() {
        assertThat(stores.tenants().find(ACME)).hasValueSatisfying(tenant -> {
            assertThat(tenant.name()).isEqualTo("Acme");
            assertThat(tenant.contactFields()).isEqualTo(ContactFields.DEFAULT);
            assertThat(tenant.createdAt()).isEqualTo(NOW);
        });
        assertThat(stores.tenants().find(new TenantId("initech"))).isEmpty();
    }

    @Test
    void listsTheNewestFirstAPageAtATime() {
        TenantId initech = new TenantId("initech");
        stores.tenants().add(new Tenant(initech, "Initech", ContactFields.DEFAULT, later(1)));

        assertThat(stores.tenants().list(new PageRequest(0, 1))).extracting(Tenant::id).containsExactly(initech);
        List<TenantId> rest = stores.tenants().list(new PageRequest(1, 100)).stream().map(Tenant::id).toList();
        assertThat(rest).doesNotContain(initech).contains(ACME, GLOBEX);
        assertThat(rest.indexOf(ACME)).as("added at the same time: in the order of their ids").isLessThan(rest.indexOf(GLOBEX));
    }

    @Test
    void refusesASecondTenantWithTheSameId() {
        assertThat(stores.tenants().add(new Tenant(ACME, "Other", ContactFields.DEFAULT, NOW))).isFalse();
        assertThat(stores.tenants().find(ACME).orElseThrow().name()).isEqualTo("Acme");
    }

    @Test
    void updatesContactFields() {
        ContactFields custom = new ContactFields(List.of("work_email", "email"), List.of("msisdn"), List.of("devices"));
        stores.tenants().update(stores.tenants().find(ACME).orElseThrow().withContactFields(custom));

        assertThat(stores.tenants().find(ACME).orElseThrow().contactFields()).isEqualTo(custom);
        assertThat(stores.tenants().find(GLOBEX).orElseThrow().contactFields()).isEqualTo(ContactFields.DEFAULT);
    }

    @Test
    void keepsARetentionOfItsOwnUntilItIsCleared() {
        assertThat(stores.tenants().find(ACME).orElseThrow().retention()).isEmpty();
        assertThat(stores.tenants().retentionOverrides()).isEmpty();

        stores.tenants().update(stores.tenants().find(ACME).orElseThrow().withRetention(Optional.of(Duration.ofDays(90))));

        assertThat(stores.tenants().find(ACME).orElseThrow().retention()).contains(Duration.ofDays(90));
        assertThat(stores.tenants().retentionOverrides()).isEqualTo(Map.of(ACME, Duration.ofDays(90)));

        stores.tenants().update(stores.tenants().find(ACME).orElseThrow().withRetention(Optional.empty()));

        assertThat(stores.tenants().find(ACME).orElseThrow().retention()).isEmpty();
        assertThat(stores.tenants().retentionOverrides()).isEmpty();
    }

    @Test
    void keepsASuspensionUntilItIsResumed() {
        Tenant acme = stores.tenants().find(ACME).orElseThrow();
        stores.tenants().update(acme.suspendedSince(later(5)));

        assertThat(stores.tenants().find(ACME).orElseThrow().suspendedAt()).contains(later(5));
        assertThat(stores.tenants().find(GLOBEX).orElseThrow().suspended()).isFalse();

        stores.tenants().update(stores.tenants().find(ACME).orElseThrow().resumed());

        assertThat(stores.tenants().find(ACME).orElseThrow().suspended()).isFalse();
    }

    @Test
    void removesATenantWithWhatItOwnsOnceNothingOfItIsQueued() {
        Credential token = new Credential(CredentialId.random(), ACME, CredentialType.FLIPLET_TOKEN, "digest-of-acme", null,
                Set.of(), Map.of(), false, NOW);
        stores.credentials().add(token);
        stores.contacts().upsert(ACME, List.of(ContactDirectoryContract.addressed("ann", "ann@example.com")));
        Message acmes = message(ACME);
        Delivery queued = Delivery.queue(acmes.id(), ACME, new Recipient(Channel.SMS, new PhoneNumber("+27820000001")), NOW, NOW);
        stores.save(acmes, List.of(queued), Optional.empty());
        sentWithHistory(ACME);
        Message globexs = message(GLOBEX);
        stores.save(globexs, List.of(Delivery.queue(globexs.id(), GLOBEX,
                new Recipient(Channel.SMS, new PhoneNumber("+27820000002")), NOW, NOW)), Optional.empty());

        assertThat(stores.tenants().remove(ACME)).isEqualTo(Removal.DELIVERIES_PENDING);
        assertThat(stores.tenants().find(ACME)).isPresent();
        assertThat(stores.credentials().findByLookupKey(CredentialType.FLIPLET_TOKEN, "digest-of-acme")).isPresent();

        stores.messages().cancelQueued(ACME, acmes.id(), later(1));

        assertThat(stores.tenants().remove(ACME)).isEqualTo(Removal.REMOVED);
        assertThat(stores.tenants().find(ACME)).isEmpty();
        assertThat(stores.credentials().findByLookupKey(CredentialType.FLIPLET_TOKEN, "digest-of-acme")).isEmpty();
        assertThat(stores.credentials().list(ACME)).isEmpty();
        assertThat(stores.messages().find(ACME, acmes.id())).isEmpty();
        assertThat(stores.deliveries().find(queued.id())).isEmpty();
        assertThat(stores.storedHistoryCount()).as("the history of its deliveries").isZero();
        assertThat(stores.messages().find(GLOBEX, globexs.id())).as("another tenant's").isPresent();
        assertThat(stores.tenants().remove(ACME)).isEqualTo(Removal.NOT_FOUND);
        assertThat(stores.tenants().add(new Tenant(ACME, "Acme again", ContactFields.DEFAULT, NOW))).as("its id is free").isTrue();
        assertThat(stores.contacts().findAll(ACME, List.of(new ContactId("ann")))).as("the old tenant's contacts").isEmpty();
        assertThat(stores.contacts().findByAddresses(ACME, List.of(new EmailAddress("ann@example.com"))))
                .as("and their addresses").isEmpty();
    }

    /** A message of the tenant whose one delivery was sent, its attempt in its history. */
    private void sentWithHistory(TenantId tenant) {
        Message message = message(tenant);
        Lease lease = new Lease("w1", later(60));
        Delivery sending = Delivery.queue(message.id(), tenant, new Recipient(Channel.SMS, new PhoneNumber("+27820000003")),
                NOW, NOW).claim(NOW);
        stores.save(message, List.of(sending), Optional.of(lease));
        AttemptResult sent = new AttemptResult.Sent("SM1");
        Delivery after = sending.afterAttempt(sent, NOW, new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)), 0.5);
        assertThat(stores.queue().recordAll(List.of(new AttemptOutcome(after, lease, Optional.empty(),
                Optional.of(AttemptRecord.ofAttempt(sent, after, Optional.of("twilio"), Optional.empty())))))).isEmpty();
        assertThat(stores.storedHistoryCount()).isOne();
    }

    private static Message message(TenantId tenant) {
        return new Message(MessageId.generate(), tenant, "admin", Content.text(null, "Body"), EmailOptions.NONE, null, null,
                false, NOW);
    }
}
