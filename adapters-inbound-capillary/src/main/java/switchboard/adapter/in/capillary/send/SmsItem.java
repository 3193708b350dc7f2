package switchboard.adapter.in.capillary.send;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One SMS: {@code to} with its country code, the {@code body}, maybe a {@code scheduledTime} and
 * a {@code sender} ID. The answer echoes it in this form, absent fields as empty strings.
 */
@Serdeable
public record SmsItem(@Nullable String to, @Nullable String body, @Nullable String scheduledTime, @Nullable String sender) {
}
