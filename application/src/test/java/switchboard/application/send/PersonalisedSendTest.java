package switchboard.application.send;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import switchboard.application.dispatch.Senders;
import switchboard.application.memory.Gateway;
import switchboard.application.send.RecipientRequest.ToAddress;
import switchboard.application.send.RecipientRequest.ToContactAddress;
import switchboard.domain.InvalidValueException;
import switchboard.domain.contact.Contact;
import switchboard.domain.contact.ContactData;
import switchboard.domain.contact.ContactFields;
import switchboard.domain.contact.ContactId;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.message.Content;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sends to contacts found by their address, with content filled from each contact's data. */
class PersonalisedSendTest {

    private final Gateway gateway = new Gateway(Senders.NONE);

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void fillsEachDeliveryFromItsContactAndKeepsTheTemplateOnTheMessage() {
        contacts(contact("nick", Map.of("email", "nick@example.org", "first_name", "Nick <3")),
                contact("ann", Map.of("email", "ann@example.org", "first_name", "Ann")));

        SendResult result = send(new Content("Hi {{first_name}}", "Hello {{first_name}}", "<p>Hello {{first_name}}</p>"),
                List.of(email("NICK@example.org"), email("ann@example.org")));

        assertThat(delivery(result, 0).ownContent()).contains(
                new Content("Hi Nick <3", "Hello Nick <3", "<p>Hello Nick &lt;3</p>"));
        assertThat(delivery(result, 0).address().value()).isEqualTo("NICK@example.org");
        assertThat(delivery(result, 1).ownContent().orElseThrow().text()).isEqualTo("Hello Ann");
        assertThat(gateway.stores.messages().find(Gateway.TENANT, result.messageId().orElseThrow()).orElseThrow()
                .message().content().text()).isEqualTo("Hello {{first_name}}");
    }

    @Test
    void skipsAddressesNoContactHasUnderTheTenantsContactFields() {
        contacts(contact("nick", Map.of("email", "nick@example.org", "backup", "spare@example.org",
                "cell", "+27 11 111 1111")));

        SendResult result = send(Content.text(null, "Hello {{first_name}}"), List.of(email("spare@example.org"),
                email("ghost@example.org"), new ToContactAddress(Recipient.of(Channel.SMS, "+27111111111"))));

        assertThat(result.outcomes()).extracting(outcome -> outcome instanceof RecipientOutcome.Rejected rejected
                ? rejected.reason() : null).containsExactly(RecipientOutcome.Reason.UNKNOWN_CONTACT,
                RecipientOutcome.Reason.UNKNOWN_CONTACT, null);
        assertThat(delivery(result, 2).ownContent()).contains(Content.text(null, "Hello "));
    }

    @Test
    void aSendThatRecordsSkippedRecipientsStoresThemAsSkippedDeliveries() {
        contacts(contact("nick", Map.of("email", "nick@example.org")));

        SendResult nobody = gateway.send.send(SendCommand.of(Gateway.TENANT, "dripcel", Content.text(null, "Hello"),
                List.of(email("ghost@example.org"))).withSkippedRecorded(true));
        SendResult unrecorded = send(Content.text(null, "Hello"), List.of(email("ghost@example.org")));

        assertThat(nobody.outcomes()).singleElement().isInstanceOf(RecipientOutcome.Rejected.class);
        assertThat(gateway.stores.messages().find(Gateway.TENANT, nobody.messageId().orElseThrow()).orElseThrow()
                .deliveries()).singleElement().satisfies(skipped -> {
                    assertThat(skipped.status()).isEqualTo(DeliveryStatus.SKIPPED);
                    assertThat(skipped.address().value()).isEqualTo("ghost@example.org");
                    assertThat(skipped.lastError().orElseThrow()).contains("no contact has the address 'ghost@example.org'");
                });
        assertThat(unrecorded.messageId()).as("nothing stored unless asked").isEmpty();
    }

    @Test
    void findsContactsByTheirNewFieldsAfterTheFieldsAreRenamed() {
        contacts(contact("nick", Map.of("email", "home@example.org", "work", "work@example.org", "first_name", "Nick")));
        gateway.stores.tenants().update(gateway.stores.tenants().find(Gateway.TENANT).orElseThrow()
                .withContactFields(new ContactFields(List.of("work"), List.of("phone"), List.of("pushTokens"))));

        SendResult result = send(Content.text(null, "Hello {{first_name}}"),
                List.of(email("home@example.org"), email("work@example.org")));

        assertThat(result.outcomes().get(0)).isInstanceOf(RecipientOutcome.Rejected.class);
        assertThat(delivery(result, 1).ownContent().orElseThrow().text()).isEqualTo("Hello Nick");
    }

    @Test
    void contentWithFieldsGoesToContactsOnly() {
        assertThatThrownBy(() -> send(Content.text(null, "Hello {{first_name}}"),
                List.of(new ToAddress(Recipient.of(Channel.EMAIL, "a@example.org")))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("[first_name]");
        assertThat(gateway.stores.messages().deliveries()).isEmpty();
    }

    @Test
    void contentWithoutFieldsIsFilledOnceAndSharedByEveryDelivery() {
        SendResult result = send(Content.text(null, "Hello{{! a comment }} all"),
                List.of(new ToAddress(Recipient.of(Channel.EMAIL, "a@example.org"))));

        assertThat(delivery(result, 0).ownContent()).isEmpty();
        assertThat(gateway.stores.messages().find(Gateway.TENANT, result.messageId().orElseThrow()).orElseThrow()
                .message().content().text()).isEqualTo("Hello all");
    }

    @Test
    void aMalformedTemplateIsRefused() {
        assertThatThrownBy(() -> send(Content.text(null, "Hello {{first_name"),
                List.of(new ToAddress(Recipient.of(Channel.EMAIL, "a@example.org")))))
                .isInstanceOf(InvalidValueException.class);
    }

    private SendResult send(Content content, List<RecipientRequest> recipients) {
        return gateway.send.send(SendCommand.of(Gateway.TENANT, "dripcel", content, recipients).withPersonalisation(true));
    }

    private void contacts(Contact... contacts) {
        gateway.contacts.upsert(Gateway.TENANT, List.of(contacts));
    }

    private static Contact contact(String id, Map<String, Object> data) {
        return new Contact(new ContactId(id), ContactData.of(data));
    }

    private static ToContactAddress email(String address) {
        return new ToContactAddress(Recipient.of(Channel.EMAIL, address));
    }

    private static Delivery delivery(SendResult result, int index) {
        return ((RecipientOutcome.Accepted) result.outcomes().get(index)).deliveries().get(0);
    }
}
