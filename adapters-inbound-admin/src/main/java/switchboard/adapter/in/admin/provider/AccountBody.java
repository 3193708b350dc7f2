package switchboard.adapter.in.admin.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * An account at a channel's provider: settings are shown back, secrets never are. Which fields
 * each channel's provider has is in docs/providers.md.
 */
@Serdeable
public record AccountBody(@Nullable Map<String, String> settings, @Nullable Map<String, String> secrets) {
}
