package switchboard.application.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import switchboard.application.delivery.port.DeliveryStore;
import switchboard.application.delivery.port.ReportVerifier;
import switchboard.application.dispatch.port.DeliveryMeter;
import switchboard.application.dispatch.port.DeliveryOutcome;
import switchboard.application.provider.port.ProviderSettingsStore;
import switchboard.application.provider.port.SecretSealer;
import switchboard.application.telemetry.port.DeliveryLog;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.DeliveryId;
import switchboard.domain.delivery.DeliveryStatus;
import switchboard.domain.provider.ProviderAccount;

public final class RecordDeliveryReportService implements RecordDeliveryReportUseCase {

    /** A report races at most the worker that sent the message and another report: a few rounds settle it. */
    private static final int MAX_ROUNDS = 5;

    private final DeliveryStore deliveries;
    private final ProviderSettingsStore settings;
    private final SecretSealer sealer;
    private final ReportVerifier verifier;
    private final DeliveryLog log;
    private final Clock clock;
    private final DeliveryMeter meter;

    public RecordDeliveryReportService(DeliveryStore deliveries, ProviderSettingsStore settings, SecretSealer sealer,
                                       ReportVerifier verifier, DeliveryLog log, Clock clock, DeliveryMeter meter) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    @Override
    public ReportOutcome record(SignedReport report) {
        Optional<DeliveryId> deliveryId = deliveryId(report.deliveryId());
        Optional<Delivery> found = deliveryId.flatMap(deliveries::find);
        if (found.isEmpty()) {
            return verifier.signedBy(report, Optional.empty()) ? ReportOutcome.DROPPED : ReportOutcome.NOT_AUTHENTIC;
        }
        if (!found.get().status().hearsReports()) {
            // Nothing is done on its word, so its signature is not checked: the caller's own account, which signed it,
            // was forgotten when the delivery ended, and a refusal would have the provider report an error.
            return ReportOutcome.DROPPED;
        }
        if (candidateAccounts(found.get()).stream().noneMatch(account -> verifier.signedBy(report, account))) {
            return ReportOutcome.NOT_AUTHENTIC;
        }
        Optional<Delivery> current = found;
        for (int round = 0; round < MAX_ROUNDS && current.isPresent(); round++) {
            Delivery delivery = current.get();
            Optional<Delivery> next = delivery.afterReport(report.report(), clock.instant());
            if (next.isEmpty()) {
                return ReportOutcome.DROPPED;
            }
            if (deliveries.replace(delivery, next.get(),
                    Optional.of(AttemptRecord.ofReport(report.report(), next.get(), verifier.provider())))) {
                log.changed(next.get(), Optional.empty());
                countOutcome(next.get());
                return ReportOutcome.APPLIED;
            }
            // It changed meanwhile, or the retention purge took it: read it again.
            current = deliveries.find(delivery.id());
        }
        if (current.isEmpty()) {
            return ReportOutcome.DROPPED;
        }
        throw new IllegalStateException("delivery " + current.get().id() + " kept changing while a report was applied to it");
    }

    /**
     * Every account the delivery may have been sent with, empty standing for the gateway's: the
     * caller's own, sealed onto the delivery; the tenant's primary and fallback for the channel;
     * the gateway's.
     */
    private List<Optional<ProviderAccount>> candidateAccounts(Delivery delivery) {
        List<Optional<ProviderAccount>> candidates = new ArrayList<>();
        delivery.credentials().map(sealer::unseal).ifPresent(own -> candidates.add(Optional.of(own)));
        settings.find(delivery.tenantId(), delivery.channel()).ifPresent(tenant -> {
            candidates.add(Optional.of(tenant.primary()));
            tenant.fallback().ifPresent(fallback -> candidates.add(Optional.of(fallback)));
        });
        candidates.add(Optional.empty());
        return candidates;
    }

    /** A report that the message reached the recipient, or failed, is an outcome; one that the provider took it adds none. */
    private void countOutcome(Delivery reported) {
        if (reported.status() == DeliveryStatus.DELIVERED || reported.status() == DeliveryStatus.FAILED) {
            meter.outcome(reported.tenantId(), reported.channel(), verifier.provider(),
                    reported.status() == DeliveryStatus.DELIVERED ? DeliveryOutcome.DELIVERED : DeliveryOutcome.FAILED);
        }
    }

    private static Optional<DeliveryId> deliveryId(String text) {
        try {
            return Optional.of(DeliveryId.parse(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
