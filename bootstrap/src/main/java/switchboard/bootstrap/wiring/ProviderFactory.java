package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import switchboard.application.provider.CheckSealingKeyService;
import switchboard.application.provider.CheckSealingKeyUseCase;
import switchboard.application.provider.DeleteProviderSettingsService;
import switchboard.application.provider.DeleteProviderSettingsUseCase;
import switchboard.application.provider.GetProviderSettingsService;
import switchboard.application.provider.GetProviderSettingsUseCase;
import switchboard.application.provider.ListProviderSettingsService;
import switchboard.application.provider.ListProviderSettingsUseCase;
import switchboard.application.provider.ProviderAccountFieldsService;
import switchboard.application.provider.ProviderAccountFieldsUseCase;
import switchboard.application.provider.SaveProviderSettingsService;
import switchboard.application.provider.SaveProviderSettingsUseCase;
import switchboard.application.provider.port.KeyFingerprints;
import switchboard.application.provider.port.ProviderAccountCheck;
import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.provider.port.SecretSealer;
import switchboard.application.shared.TenantStore;

/** The tenants' own provider accounts. */
@Factory
class ProviderFactory {

    @Singleton
    SaveProviderSettingsUseCase saveProviderSettings(TenantStore tenants, ProviderSettingsStore settings,
                                                     ProviderAccountCheck check) {
        return new SaveProviderSettingsService(tenants, settings, check);
    }

    @Singleton
    GetProviderSettingsUseCase getProviderSettings(TenantStore tenants, ProviderSettingsStore settings) {
        return new GetProviderSettingsService(tenants, settings);
    }

    @Singleton
    ListProviderSettingsUseCase listProviderSettings(TenantStore tenants, ProviderSettingsStore settings) {
        return new ListProviderSettingsService(tenants, settings);
    }

    @Singleton
    DeleteProviderSettingsUseCase deleteProviderSettings(TenantStore tenants, ProviderSettingsStore settings) {
        return new DeleteProviderSettingsService(tenants, settings);
    }

    @Singleton
    ProviderAccountFieldsUseCase providerAccountFields(ProviderAccountCheck check) {
        return new ProviderAccountFieldsService(check);
    }

    @Singleton
    CheckSealingKeyUseCase checkSealingKey(SecretSealer sealer, KeyFingerprints fingerprints) {
        return new CheckSealingKeyService(sealer, fingerprints);
    }
}
