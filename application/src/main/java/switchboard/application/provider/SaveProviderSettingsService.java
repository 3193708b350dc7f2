package switchboard.application.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import switchboard.application.provider.port.ProviderAccountCheck;
import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.shared.KnownTenants;
import switchboard.application.shared.TenantStore;
import switchboard.domain.InvalidValueException;
import switchboard.domain.provider.ProviderSettings;
import switchboard.domain.tenant.TenantId;

public final class SaveProviderSettingsService implements SaveProviderSettingsUseCase {

    private final TenantStore tenants;
    private final ProviderSettingsStore store;
    private final ProviderAccountCheck check;

    public SaveProviderSettingsService(TenantStore tenants, ProviderSettingsStore store, ProviderAccountCheck check) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.store = Objects.requireNonNull(store, "store");
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public ProviderSettings save(TenantId tenantId, ProviderSettings settings) {
        KnownTenants.require(tenants, tenantId);
        List<String> problems = new ArrayList<>();
        check.problems(settings.channel(), settings.primary()).forEach(problem -> problems.add("primary: " + problem));
        settings.fallback().ifPresent(fallback -> check.problems(settings.channel(), fallback)
                .forEach(problem -> problems.add("fallback: " + problem)));
        if (!problems.isEmpty()) {
            throw new InvalidValueException(String.join("; ", problems));
        }
        store.save(tenantId, settings);
        return settings;
    }
}
