package switchboard.adapter.in.admin.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * A channel's provider settings: the primary account, and optionally a fallback that takes over a
 * delivery after the primary failed it {@code failoverAfter} times (default 2) with errors worth retrying.
 */
@Serdeable
public record ProviderSettingsBody(@NotNull AccountBody primary, @Nullable AccountBody fallback,
                                   @Nullable Integer failoverAfter) {
}
