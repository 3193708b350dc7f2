package switchboard.domain.contact;

import java.util.Objects;

/** Someone a tenant can message: an id of the tenant's choosing and arbitrary JSON data. */
public record Contact(ContactId id, ContactData data) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(data, "data");
    }
}
