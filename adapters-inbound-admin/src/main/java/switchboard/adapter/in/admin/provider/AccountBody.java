package switchboard.adapter.in.admin.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.Objects;

import switchboard.domain.provider.ProviderAccount;

/**
 * An account at a channel's provider: settings are shown back, secrets never are. Which fields
 * each channel's provider has is in docs/providers.md.
 */
@Serdeable
public record AccountBody(@Nullable Map<String, String> settings, @Nullable Map<String, String> secrets) {

    /** The account; settings or secrets left out are none. */
    public ProviderAccount account() {
        return new ProviderAccount(Objects.requireNonNullElse(settings, Map.of()), Objects.requireNonNullElse(secrets, Map.of()));
    }
}
