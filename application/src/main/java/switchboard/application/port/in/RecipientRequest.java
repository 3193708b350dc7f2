package switchboard.application.port.in;

import java.util.Objects;

import switchboard.domain.contact.ContactId;
import switchboard.domain.recipient.Address;
import switchboard.domain.recipient.Channel;

import static switchboard.domain.Invariants.require;

/** Someone a send is for, on one channel. */
public sealed interface RecipientRequest {

    Channel channel();

    /** An address given outright. */
    record ToAddress(Channel channel, Address address) implements RecipientRequest {
        public ToAddress {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(address, "address");
            require(channel.accepts(address), "%s needs another kind of address than '%s'", channel, address.value());
        }
    }

    /**
     * One of the tenant's contacts, reached at the address its data holds for the channel
     * (every push token it carries, for push; its inbox, for in-app).
     */
    record ToContact(Channel channel, ContactId contactId) implements RecipientRequest {
        public ToContact {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(contactId, "contactId");
        }
    }
}
