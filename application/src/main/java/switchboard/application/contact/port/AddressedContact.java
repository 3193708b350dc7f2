package switchboard.application.contact.port;

import java.util.Objects;
import java.util.Set;

import switchboard.domain.contact.Contact;
import switchboard.domain.recipient.Address;

/**
 * A contact with the addresses it can be found by: every email address and international
 * phone number its data holds, under any key. Which of them the tenant's contact fields name
 * is checked when a send looks contacts up, so changing those fields needs no new index.
 */
public record AddressedContact(Contact contact, Set<Address> addresses) {

    public AddressedContact {
        Objects.requireNonNull(contact, "contact");
        addresses = Set.copyOf(addresses);
    }
}
