package switchboard.adapter.in.admin.inbox;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
public record InboxItemView(String id, String messageId, String title, String body, Instant createdAt, boolean read,
                            Instant readAt) {
}
