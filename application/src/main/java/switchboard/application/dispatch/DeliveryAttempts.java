package switchboard.application.dispatch;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;

import switchboard.application.dispatch.port.AttemptOutcome;
import switchboard.application.dispatch.port.ClaimedDelivery;
import switchboard.application.suppression.Suppression;
import switchboard.application.suppression.port.SuppressionList;
import switchboard.application.telemetry.port.Tracing;
import switchboard.domain.delivery.AttemptResult;
import switchboard.domain.delivery.Delivery;
import switchboard.domain.delivery.RetryPolicy;

/** Makes one attempt at a claimed delivery and works out the state it leaves the delivery in. */
public final class DeliveryAttempts {

    private static final System.Logger LOG = System.getLogger(DeliveryAttempts.class.getName());

    private final ChannelSenders senders;
    private final SuppressionList suppressions;
    private final RetryPolicy retryPolicy;
    private final Tracing tracing;
    private final Clock clock;
    private final DoubleSupplier random;

    public DeliveryAttempts(ChannelSenders senders, SuppressionList suppressions, RetryPolicy retryPolicy, Tracing tracing,
                            Clock clock, DoubleSupplier random) {
        this.senders = Objects.requireNonNull(senders, "senders");
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.tracing = Objects.requireNonNull(tracing, "tracing");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Sends the delivery, in a span that continues the trace its send was stored in; an address
     * its provider reports gone is suppressed, so that later sends pass it over.
     *
     * @return the delivery in its new state, to be recorded under its lease, with the context of the attempt's span
     */
    public AttemptOutcome attempt(ClaimedDelivery claimed) {
        Delivery delivery = claimed.delivery();
        return tracing.inSpan(claimed.traceContext(), "dispatch " + delivery.channel().name().toLowerCase(Locale.ROOT),
                Tracing.Kind.CONSUMER, Map.of("switchboard.delivery.id", delivery.id().toString(),
                        "switchboard.message.id", delivery.messageId().toString(),
                        "switchboard.tenant", delivery.tenantId().value(),
                        "switchboard.channel", delivery.channel().name(),
                        "switchboard.attempt", String.valueOf(delivery.attempts())),
                () -> new AttemptOutcome(send(claimed), claimed.lease(), tracing.currentContext()));
    }

    private Delivery send(ClaimedDelivery claimed) {
        Delivery delivery = claimed.delivery();
        AttemptResult result;
        try {
            result = senders.send(claimed);
        } catch (RuntimeException e) {
            // A sender reports failures as results; an exception here is a bug, retried like a transient fault.
            LOG.log(Level.ERROR, "sending delivery " + delivery.id() + " failed unexpectedly", e);
            result = new AttemptResult.Deferred("internal error: " + e.getClass().getSimpleName());
        }
        Instant now = clock.instant();
        if (result instanceof AttemptResult.Gone gone) {
            suppressions.suppress(delivery.tenantId(), new Suppression(delivery.recipient(), gone.error(), now));
        }
        return delivery.afterAttempt(result, now, retryPolicy, random.getAsDouble());
    }
}
