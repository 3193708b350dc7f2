package switchboard.domain.recipient;

import switchboard.domain.contact.ContactId;

/** The user whose in-app inbox receives a message: one of the tenant's contacts, named by its id. */
public record UserId(String value) implements Address {

    public UserId {
        value = new ContactId(value).value();
    }

    public ContactId contactId() {
        return new ContactId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
