package switchboard.adapter.in.admin.message;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record MessageList(List<MessageSummaryView> messages, int offset, int limit) {
}
