package switchboard.adapter.in.capillary.send;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An email as the answer echoes it, with the fields of Capillary's example answer: absent text
 * as empty strings, attachments without their data, {@code fileHandler} always empty, and
 * {@code senderEmail} the address the email is sent from.
 */
@Serdeable
public record EmailEcho(String to, String body, String scheduledTime, String cc, String bcc, String from, String subject,
                        List<String> fileHandler, List<EmailAttachment> attachments, String labelOfSender,
                        String senderEmail, String replyToEmail) {
}
