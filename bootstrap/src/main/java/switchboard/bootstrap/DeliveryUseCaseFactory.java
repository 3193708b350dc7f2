package switchboard.bootstrap;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

import switchboard.application.dispatch.AccountSelector;
import switchboard.application.dispatch.DispatchWorker;
import switchboard.application.port.in.DeleteProviderSettingsUseCase;
import switchboard.application.port.in.DeleteSuppressionUseCase;
import switchboard.application.port.in.GetProviderSettingsUseCase;
import switchboard.application.port.in.ListDeliveriesUseCase;
import switchboard.application.port.in.ListProviderSettingsUseCase;
import switchboard.application.port.in.ListSuppressionsUseCase;
import switchboard.application.port.in.RecordDeliveryReportUseCase;
import switchboard.application.port.in.ReplayDeliveryUseCase;
import switchboard.application.port.in.SaveProviderSettingsUseCase;
import switchboard.application.port.out.DeliveryStore;
import switchboard.application.port.out.ProviderAccountCheck;
import switchboard.application.port.out.ProviderSettingsStore;
import switchboard.application.port.out.SecretSealer;
import switchboard.application.port.out.SuppressionList;
import switchboard.application.port.out.TenantStore;
import switchboard.application.service.DeleteProviderSettingsService;
import switchboard.application.service.DeleteSuppressionService;
import switchboard.application.service.GetProviderSettingsService;
import switchboard.application.service.ListDeliveriesService;
import switchboard.application.service.ListProviderSettingsService;
import switchboard.application.service.ListSuppressionsService;
import switchboard.application.service.RecordDeliveryReportService;
import switchboard.application.service.ReplayDeliveryService;
import switchboard.application.service.SaveProviderSettingsService;

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
