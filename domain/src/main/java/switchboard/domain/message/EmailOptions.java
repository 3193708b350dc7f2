package switchboard.domain.message;

import java.util.List;

import switchboard.domain.recipient.EmailAddress;

import static switchboard.domain.Invariants.containsLineBreak;
import static switchboard.domain.Invariants.require;
import static switchboard.domain.Invariants.requireNoNul;

/**
 * How a message looks as an email. Each email recipient gets a delivery of its own; the
 * visible To and Cc lists are the headers every copy shows, each address with its name if it
 * has one. When they are empty, each copy shows only its own recipient, as a bulk send should.
 *
 * @param from     the sender address; absent, the gateway's configured sender is used
 * @param fromName the sender's display name, if any
 */
public record EmailOptions(EmailAddress from, String fromName, List<Mailbox> visibleTo, List<Mailbox> visibleCc,
                           List<EmailHeader> headers, List<Attachment> attachments) {

    public static final int MAX_FROM_NAME_LENGTH = 200;
    public static final EmailOptions NONE = new EmailOptions(null, null, List.of(), List.of(), List.of(), List.of());

    public EmailOptions {
        require(fromName == null || fromName.length() <= MAX_FROM_NAME_LENGTH && !containsLineBreak(fromName),
                "the sender name must be one line of at most %d characters", MAX_FROM_NAME_LENGTH);
        requireNoNul(fromName, "the sender name");
        visibleTo = List.copyOf(visibleTo);
        visibleCc = List.copyOf(visibleCc);
        headers = List.copyOf(headers);
        attachments = List.copyOf(attachments);
    }
}
