package switchboard.adapter.in.admin.message;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One entry of a delivery's history: an attempt at it, or a provider's report on it. */
@Serdeable
public record AttemptView(String kind, int attempt, Instant at, String outcome, String error, String provider,
                          String providerRef, String account) {
}
