package switchboard.application.send;

import java.util.Objects;

import switchboard.domain.contact.ContactId;
import switchboard.domain.recipient.Channel;
import switchboard.domain.recipient.Recipient;
import switchboard.domain.scope.Scope;

/** Someone a send is for, on one channel. */
public sealed interface RecipientRequest {

    Channel channel();

    /** A recipient given outright. */
    record ToAddress(Recipient recipient) implements RecipientRequest {
        public ToAddress {
            Objects.requireNonNull(recipient, "recipient");
        }

        @Override
        public Channel channel() {
            return recipient.channel();
        }
    }

    /**
     * Every contact of the tenant that the scope matches, each at the address its data holds for
     * the channel; contacts without one are passed over. Matching nobody is not an error.
     */
    record ToScope(Channel channel, Scope scope) implements RecipientRequest {
        public ToScope {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(scope, "scope");
        }
    }

    /**
     * Someone at an address who must be one of the tenant's contacts: the contact whose data
     * holds that address in the tenant's contact field for the channel (email addresses compared
     * ignoring case). Reached at the address given; rejected as an unknown contact if no contact
     * has it. The contact's data fills a personalised message.
     */
    record ToContactAddress(Recipient recipient) implements RecipientRequest {
        public ToContactAddress {
            Objects.requireNonNull(recipient, "recipient");
        }

        @Override
        public Channel channel() {
            return recipient.channel();
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
