package switchboard.adapter.in.admin.provider;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ProviderSettingsView(String channel, AccountView primary, AccountView fallback, int failoverAfter) {
}
