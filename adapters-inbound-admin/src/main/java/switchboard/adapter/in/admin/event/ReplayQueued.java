package switchboard.adapter.in.admin.event;

import io.micronaut.serde.annotation.Serdeable;

/** How many stored events a replay queued for the endpoint. */
@Serdeable
public record ReplayQueued(int queued) {
}
