package switchboard.application.dispatch;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

import switchboard.application.dispatch.port.AttemptOutcome;
import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.dispatch.port.DeliveryMeter;
import switchboard.application.dispatch.port.DeliveryOutcome;
import switchboard.application.suppression.Suppression;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.application.telemetry.port.Tracing;
import switchboard.domain.delivery.AttemptRecord;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.RetryPolicy;

/** Makes one attempt at a claimed delivery, works out the state it leaves the delivery in, and counts the outcome. */
public final class DeliveryAttempts {

    private static final System.Logger LOG = System.getLogger(DeliveryAttempts.class.getName());
    /** The provider label of an attempt that failed before a provider could be told apart. */
    private static final String UNKNOWN_PROVIDER = "unknown";

    private final ChannelSenders senders;
    private final SuppressionList suppressions;
    private final RetryPolicy retryPolicy;
    private final Tracing tracing;
    private final Clock clock;
    private final DoubleSupplier random;
    private final DeliveryMeter meter;

    public DeliveryAttempts(ChannelSenders senders, SuppressionList suppressions, RetryPolicy retryPolicy, Tracing tracing,
                            Clock clock, DoubleSupplier random, DeliveryMeter meter) {
        this.senders = Objects.requireNonNull(senders, "senders");
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.tracing = Objects.requireNonNull(tracing, "tracing");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    /**
     * Sends the delivery, in a span that continues the trace its send was stored in; an address
     * its provider reports gone is suppressed, so that later sends pass it over.
     *
     * @return the delivery in its new state, to be recorded under its lease with the attempt's entry in its history, and
     *         the context of the attempt's span
     */
    public AttemptOutcome attempt(ClaimedDelivery claimed) {
        Delivery delivery = claimed.delivery();
        return tracing.inSpan(claimed.traceContext(), "dispatch " + delivery.channel().name().toLowerCase(Locale.ROOT),
                Tracing.Kind.CONSUMER, Map.of("switchboard.delivery.id", delivery.id().toString(),
                        "switchboard.message.id", delivery.messageId().toString(),
                        "switchboard.tenant", delivery.tenantId().value(),
                        "switchboard.channel", delivery.channel().name(),
                        "switchboard.attempt", String.valueOf(delivery.attempts())),
                () -> send(claimed));
    }

    private AttemptOutcome send(ClaimedDelivery claimed) {
        Delivery delivery = claimed.delivery();
        ChannelSenders.Handled handled;
        try {
            handled = senders.send(claimed);
        } catch (RuntimeException e) {
            // A sender reports failures as results; an exception here is a bug, retried like a transient fault.
            LOG.log(Level.ERROR, "sending delivery " + delivery.id() + " failed unexpectedly", e);
            handled = new ChannelSenders.Handled(UNKNOWN_PROVIDER,
                    new AttemptResult.Deferred("internal error: " + e.getClass().getSimpleName()), Optional.empty());
        }
        AttemptResult result = handled.result();
        Instant now = clock.instant();
        if (result instanceof AttemptResult.Gone gone) {
            suppressions.suppress(delivery.tenantId(), new Suppression(delivery.recipient(), gone.error(), now));
        }
        Delivery after = delivery.afterAttempt(result, now, retryPolicy, random.getAsDouble());
        meter.outcome(delivery.tenantId(), delivery.channel(), handled.provider(), DeliveryOutcome.of(result, after));
        Optional<String> provider = result instanceof AttemptResult.Captured ? Optional.empty() : Optional.of(handled.provider());
        return new AttemptOutcome(after, claimed.lease(), tracing.currentContext(),
                Optional.of(AttemptRecord.ofAttempt(result, after, provider, handled.account())));
    }
}
