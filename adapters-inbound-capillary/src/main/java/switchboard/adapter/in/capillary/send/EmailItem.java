package switchboard.adapter.in.capillary.send;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One email. {@code to}, {@code cc} and {@code bcc} may each hold several addresses separated
 * by commas or semicolons. {@code labelOfSender} (the sender's name) and {@code replyToEmail}
 * are the fields Capillary's answer shows; Switchboard also reads them from the request.
 */
@Serdeable
public record EmailItem(@Nullable String to, @Nullable String cc, @Nullable String bcc, @Nullable String from,
                        @Nullable String subject, @Nullable String body, @Nullable String scheduledTime,
                        @Nullable Attachments attachments, @Nullable String labelOfSender, @Nullable String replyToEmail) {

    /** The {@code attachments} object, whose {@code attachment} list holds the files. */
    @Serdeable
    public record Attachments(@Nullable List<EmailAttachment> attachment) {
    }
}
