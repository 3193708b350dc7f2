package switchboard.bootstrap.wiring;

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
import switchboard.application.dispatch.Dispatcher;
import switchboard.application.shared.TenantStore;

/** Deliveries once stored: listing them, providers' reports, replays. */
@Factory
class DeliveryFactory {

    @Singleton
    RecordDeliveryReportUseCase recordDeliveryReport(DeliveryStore deliveries, AccountSelector accounts, Clock clock) {
        return new RecordDeliveryReportService(deliveries, accounts, clock);
    }

    @Singleton
    ListDeliveriesUseCase listDeliveries(TenantStore tenants, DeliveryStore deliveries) {
        return new ListDeliveriesService(tenants, deliveries);
    }

    @Singleton
    ReplayDeliveryUseCase replayDelivery(DeliveryStore deliveries, Dispatcher dispatcher, Clock clock) {
        return new ReplayDeliveryService(deliveries, dispatcher, clock);
    }
}
