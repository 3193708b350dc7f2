package switchboard.adapter.in.admin.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.recipient.Channel;

/**
 * A channel's provider settings: the primary account, and optionally a fallback that takes over a
 * delivery after the primary failed it {@code failoverAfter} times (default 2) with errors worth retrying.
 */
@Serdeable
public record ProviderSettingsBody(@NotNull AccountBody primary, @Nullable AccountBody fallback,
                                   @Nullable Integer failoverAfter) {

    /** The channel's settings, with the default {@code failoverAfter} when it is left out. */
    public ProviderSettings settings(Channel channel) {
        return new ProviderSettings(channel, primary.account(), Optional.ofNullable(fallback).map(AccountBody::account),
                Objects.requireNonNullElse(failoverAfter, ProviderSettings.DEFAULT_FAILOVER_AFTER));
    }
}
