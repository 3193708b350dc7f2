package switchboard.domain.contact;

import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireText;

/** The tenant's own identifier for a contact (a user id, a customer number...). */
public record ContactId(String value) {

    public static final int MAX_LENGTH = 200;

    public ContactId {
        requireText(value, "contact id", MAX_LENGTH);
        require(value.chars().noneMatch(Character::isISOControl), "a contact id must not contain control characters");
    }

    @Override
    public String toString() {
        return value;
    }
}
