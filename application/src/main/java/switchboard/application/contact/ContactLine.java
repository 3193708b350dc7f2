package switchboard.application.contact;

import java.util.Objects;

import switchboard.domain.contact.Contact;

import static switchboard.domain.Invariants.require;

/** One line of a contacts import, numbered from 1 as in the file (a CSV file's header is line 1). */
public sealed interface ContactLine {

    long number();

    record Read(long number, Contact contact) implements ContactLine {
        public Read {
            require(number > 0, "line numbers start at 1");
            Objects.requireNonNull(contact, "contact");
        }
    }

    record Unreadable(long number, String reason) implements ContactLine {
        public Unreadable {
            require(number > 0, "line numbers start at 1");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
