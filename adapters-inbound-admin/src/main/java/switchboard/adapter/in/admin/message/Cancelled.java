package switchboard.adapter.in.admin.message;

import io.micronaut.serde.annotation.Serdeable;

/** How many deliveries a cancel stopped. */
@Serdeable
public record Cancelled(int cancelled) {
}
