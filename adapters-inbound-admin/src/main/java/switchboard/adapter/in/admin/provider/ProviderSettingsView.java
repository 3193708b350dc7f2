package switchboard.adapter.in.admin.provider;

import io.micronaut.serde.annotation.Serdeable;

import switchboard.domain.provider.ProviderSettings;

@Serdeable
public record ProviderSettingsView(String channel, AccountView primary, AccountView fallback, int failoverAfter) {

    public static ProviderSettingsView of(ProviderSettings settings) {
        return new ProviderSettingsView(settings.channel().name(), AccountView.of(settings.primary()),
                settings.fallback().map(AccountView::of).orElse(null), settings.failoverAfter());
    }
}
