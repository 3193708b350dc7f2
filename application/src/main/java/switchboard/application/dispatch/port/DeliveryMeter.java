package switchboard.application.dispatch.port;

import java.time.Duration;

import switchboard.domain.recipient.Channel;
import switchboard.domain.tenant.TenantId;

/**
 * Counts what becomes of deliveries and times the providers, for the gateway's metrics. Called on
 * the sending threads for every attempt: an implementation is cheap and never throws.
 */
public interface DeliveryMeter {

    /** The provider label of a delivery captured instead of sent. */
    String CAPTURE = "capture";
    /** The provider label of in-app deliveries, which the gateway's own inbox takes. */
    String INBOX = "inbox";

    /** One call to a channel's provider, whatever it answered, and how long it took. */
    void providerCalled(Channel channel, String provider, Duration elapsed);

    /**
     * An attempt's or a provider report's outcome.
     *
     * @param provider the provider that handled the delivery, {@link #CAPTURE} when none did, {@link #INBOX} for in-app
     */
    void outcome(TenantId tenant, Channel channel, String provider, DeliveryOutcome outcome);
}
