package switchboard.adapter.in.admin.provider;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record ProviderSettingsList(List<ProviderSettingsView> providers) {
}
