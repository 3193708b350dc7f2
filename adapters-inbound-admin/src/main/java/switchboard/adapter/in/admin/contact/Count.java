package switchboard.adapter.in.admin.contact;

import io.micronaut.serde.annotation.Serdeable;

/** How many contacts an operation touched. */
@Serdeable
public record Count(long count) {
}
