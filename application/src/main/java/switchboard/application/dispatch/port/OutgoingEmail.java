package switchboard.application.dispatch.port;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import switchboard.domain.message.Attachment;
import switchboard.domain.message.EmailHeader;
import switchboard.domain.message.Mailbox;
import switchboard.domain.recipient.EmailAddress;

/**
 * One email for one envelope recipient. The To and Cc headers show {@code toHeader} and
 * {@code ccHeader}, names included, which need not include the recipient (a Bcc copy does not).
 *
 * @param from the sender, or empty for the sender the email channel is configured with
 */
public record OutgoingEmail(EmailAddress recipient, Optional<EmailAddress> from, String fromName,
                            List<Mailbox> toHeader, List<Mailbox> ccHeader, String subject, String text,
                            String html, List<EmailHeader> headers, List<Attachment> attachments) {

    public OutgoingEmail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(from, "from");
        toHeader = List.copyOf(toHeader);
        ccHeader = List.copyOf(ccHeader);
        headers = List.copyOf(headers);
        attachments = List.copyOf(attachments);
    }
}
