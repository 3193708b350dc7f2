package switchboard.application.delivery;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.delivery.port.DeliveryStore;
import switchboard.application.dispatch.AccountSelector;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.ProviderReport;

public final class RecordDeliveryReportService implements RecordDeliveryReportUseCase {

    /** A report races at most the worker that sent the message and another report: a few rounds settle it. */
    private static final int MAX_ROUNDS = 5;

    private final DeliveryStore deliveries;
    private final AccountSelector accounts;
    private final Clock clock;

    public RecordDeliveryReportService(DeliveryStore deliveries, AccountSelector accounts, Clock clock) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ReportOutcome record(DeliveryId deliveryId, ProviderReport report, ReportAuthenticity authenticity) {
        Optional<Delivery> found = deliveries.find(deliveryId);
        if (found.isEmpty()) {
            return authenticity.signedFor(Optional.empty()) ? ReportOutcome.DROPPED : ReportOutcome.NOT_AUTHENTIC;
        }
        if (accounts.candidatesFor(found.get()).stream().noneMatch(authenticity::signedFor)) {
            return ReportOutcome.NOT_AUTHENTIC;
        }
        Delivery delivery = found.get();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Optional<Delivery> next = delivery.afterReport(report, clock.instant());
            if (next.isEmpty()) {
                return ReportOutcome.DROPPED;
            }
            if (deliveries.replace(delivery, next.get())) {
                return ReportOutcome.APPLIED;
            }
            delivery = deliveries.find(deliveryId).orElseThrow();
        }
        throw new IllegalStateException("delivery " + deliveryId + " kept changing while a report was applied to it");
    }
}
