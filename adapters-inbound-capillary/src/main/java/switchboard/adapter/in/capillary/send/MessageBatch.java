package switchboard.adapter.in.capillary.send;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The body of {@code sendMessage}: the channel's list of items, either inside {@code root}
 * (as Capillary's examples send it) or at the top level. When both are there, {@code root} wins.
 */
@Serdeable
public record MessageBatch(@Nullable MessageBatch root,
                           @Nullable List<SmsItem> sms,
                           @Nullable List<EmailItem> email,
                           @Nullable List<TemplateMessageItem> whatsappMessage,
                           @Nullable List<TemplateMessageItem> zaloMessage) {

    /** The batch the items are in, whichever form the body took. */
    public MessageBatch unwrapped() {
        return root != null ? root.unwrapped() : this;
    }
}
