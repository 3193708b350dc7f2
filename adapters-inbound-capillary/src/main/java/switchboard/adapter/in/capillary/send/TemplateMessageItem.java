package switchboard.adapter.in.capillary.send;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One WhatsApp or Zalo message: the {@code receiver}'s mobile number, the {@code template} text
 * to send, maybe a {@code scheduledTime}. The answer echoes it in this form.
 */
@Serdeable
public record TemplateMessageItem(@Nullable String scheduledTime, @Nullable String template, @Nullable String receiver) {
}
