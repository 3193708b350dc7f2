package switchboard.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;

import switchboard.application.delivery.ListAttemptsService;
import switchboard.application.delivery.ListAttemptsUseCase;
import switchboard.application.delivery.ListDeliveriesService;
import switchboard.application.delivery.ListDeliveriesUseCase;
import switchboard.application.delivery.RecordDeliveryReportService;
import switchboard.application.delivery.RecordDeliveryReportUseCase;
import switchboard.application.delivery.ReplayDeliveryService;
import switchboard.application.delivery.ReplayDeliveryUseCase;
import switchboard.application.delivery.port.DeliveryStore;
import switchboard.application.delivery.port.ReportVerifier;
import switchboard.application.dispatch.Dispatcher;
import switchboard.application.dispatch.port.DeliveryMeter;
import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.provider.port.SecretSealer;
import switchboard.application.shared.TenantStore;
import switchboard.application.telemetry.port.DeliveryLog;

/** Deliveries once stored: listing them and their history, providers' reports, replays. */
@Factory
class DeliveryFactory {

    /** Only where a provider that calls back is set up: it is the one to check its reports' signatures. */
    @Singleton
    @Requires(beans = ReportVerifier.class)
    RecordDeliveryReportUseCase recordDeliveryReport(DeliveryStore deliveries, ProviderSettingsStore settings,
                                                     SecretSealer sealer, ReportVerifier verifier, DeliveryLog log,
                                                     Clock clock, DeliveryMeter meter) {
        return new RecordDeliveryReportService(deliveries, settings, sealer, verifier, log, clock, meter);
    }

    @Singleton
    ListDeliveriesUseCase listDeliveries(TenantStore tenants, DeliveryStore deliveries) {
        return new ListDeliveriesService(tenants, deliveries);
    }

    @Singleton
    ListAttemptsUseCase listAttempts(DeliveryStore deliveries) {
        return new ListAttemptsService(deliveries);
    }

    @Singleton
    ReplayDeliveryUseCase replayDelivery(DeliveryStore deliveries, Dispatcher dispatcher, DeliveryLog log, Clock clock) {
        return new ReplayDeliveryService(deliveries, dispatcher, log, clock);
    }
}
