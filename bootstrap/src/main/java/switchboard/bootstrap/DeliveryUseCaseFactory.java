package switchboard.bootstrap;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

import switchboard.application.delivery.ListDeliveriesService;
import switchboard.application.delivery.ListDeliveriesUseCase;
import switchboard.application.delivery.RecordDeliveryReportService;
import switchboard.application.delivery.RecordDeliveryReportUseCase;
import switchboard.application.delivery.ReplayDeliveryService;
import switchboard.application.delivery.ReplayDeliveryUseCase;
import switchboard.application.delivery.port.DeliveryStore;
import switchboard.application.dispatch.AccountSelector;
import switchboard.application.dispatch.DispatchWorker;
import switchboard.application.provider.DeleteProviderSettingsService;
import switchboard.application.provider.DeleteProviderSettingsUseCase;
import switchboard.application.provider.GetProviderSettingsService;
import switchboard.application.provider.GetProviderSettingsUseCase;
import switchboard.application.provider.ListProviderSettingsService;
import switchboard.application.provider.ListProviderSettingsUseCase;
import switchboard.application.provider.SaveProviderSettingsService;
import switchboard.application.provider.SaveProviderSettingsUseCase;
import switchboard.application.provider.port.ProviderAccountCheck;
import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.provider.port.SecretSealer;
import switchboard.application.shared.TenantStore;
import switchboard.application.suppression.DeleteSuppressionService;
import switchboard.application.suppression.DeleteSuppressionUseCase;
import switchboard.application.suppression.ListSuppressionsService;
import switchboard.application.suppression.ListSuppressionsUseCase;
import switchboard.application.suppression.port.SuppressionList;

/** The services around deliveries once stored: the tenants' provider accounts, providers' reports, repairs. */
@Factory
public class DeliveryUseCaseFactory {

    @Singleton
    AccountSelector accountSelector(SecretSealer sealer, ProviderSettingsStore settings) {
        return new AccountSelector(sealer, settings);
    }

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
    RecordDeliveryReportUseCase recordDeliveryReport(DeliveryStore deliveries, AccountSelector accounts, Clock clock) {
        return new RecordDeliveryReportService(deliveries, accounts, clock);
    }

    @Singleton
    ListDeliveriesUseCase listDeliveries(TenantStore tenants, DeliveryStore deliveries) {
        return new ListDeliveriesService(tenants, deliveries);
    }

    @Singleton
    ReplayDeliveryUseCase replayDelivery(DeliveryStore deliveries, DispatchWorker worker, Clock clock) {
        return new ReplayDeliveryService(deliveries, worker, clock);
    }

    @Singleton
    ListSuppressionsUseCase listSuppressions(TenantStore tenants, SuppressionList suppressions) {
        return new ListSuppressionsService(tenants, suppressions);
    }

    @Singleton
    DeleteSuppressionUseCase deleteSuppression(TenantStore tenants, SuppressionList suppressions) {
        return new DeleteSuppressionService(tenants, suppressions);
    }
}
