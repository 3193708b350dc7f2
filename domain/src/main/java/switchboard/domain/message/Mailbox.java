package switchboard.domain.message;

import java.util.Objects;

import switchboard.domain.recipient.EmailAddress;

import static switchboard.domain.Invariants.containsLineBreak;
import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireNoNul;

/**
 * An address as a To or Cc header shows it: the address, and the name shown with it, if any
 * ({@code "Ann Example" <ann@example.org>}). A blank name is no name.
 */
public record Mailbox(EmailAddress address, String name) {

    public static final int MAX_NAME_LENGTH = 200;

    public Mailbox {
        Objects.requireNonNull(address, "address");
        name = name == null || name.isBlank() ? null : name.strip();
        require(name == null || name.length() <= MAX_NAME_LENGTH && !containsLineBreak(name),
                "the name of '%s' must be one line of at most %d characters", address.value(), MAX_NAME_LENGTH);
        requireNoNul(name, "the name of '" + address.value() + "'");
    }

    /** The address without a name. */
    public static Mailbox of(EmailAddress address) {
        return new Mailbox(address, null);
    }
}
