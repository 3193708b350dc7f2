package switchboard.application.contact;

import java.util.List;

import switchboard.domain.contact.ContactId;

/** How many contacts a scope matches, and the ids of one page of them. */
public record ContactMatches(long count, List<ContactId> ids) {

    public ContactMatches {
        ids = List.copyOf(ids);
    }
}
