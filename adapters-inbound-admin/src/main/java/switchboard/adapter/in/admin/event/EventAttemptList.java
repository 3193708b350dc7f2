package switchboard.adapter.in.admin.event;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record EventAttemptList(List<EventAttemptView> attempts, int offset, int limit) {
}
