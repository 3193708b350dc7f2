package switchboard.application.contact;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import switchboard.application.contact.port.AddressedContact;
import switchboard.application.contact.port.PhoneNumberNormalizer;
import switchboard.domain.InvalidValueException;
import switchboard.domain.contact.Contact;
import switchboard.domain.recipient.Address;
import switchboard.domain.recipient.EmailAddress;

/**
 * Every address a contact's data holds under any top-level key: the email addresses, and the
 * phone numbers in international form (the only form a contact's number is read in). Indexing
 * them all, rather than those under the tenant's contact fields, keeps the index right when the
 * fields are renamed: a send checks the current fields on the contacts the index finds.
 */
final class ContactAddresses {

    /** Longer texts are notes, not phone numbers; skipping them spares libphonenumber. */
    private static final int MAX_PHONE_TEXT = 64;

    private final PhoneNumberNormalizer phones;

    ContactAddresses(PhoneNumberNormalizer phones) {
        this.phones = phones;
    }

    AddressedContact of(Contact contact) {
        Set<Address> found = new LinkedHashSet<>();
        for (Object value : contact.data().asMap().values()) {
            if (value instanceof String text) {
                (text.indexOf('@') >= 0 ? email(text) : phone(text)).ifPresent(found::add);
            }
        }
        return new AddressedContact(contact, found);
    }

    private static Optional<Address> email(String text) {
        try {
            return Optional.of(new EmailAddress(text));
        } catch (InvalidValueException notAnAddress) {
            return Optional.empty();
        }
    }

    private Optional<Address> phone(String text) {
        boolean international = text.indexOf('+') >= 0 || text.indexOf('\uFF0B') >= 0 || text.strip().startsWith("00");
        return international && text.length() <= MAX_PHONE_TEXT ? phones.normalize(text, null).map(Address.class::cast)
                : Optional.empty();
    }
}
