package switchboard.adapter.out.metrics;

/**
 * The names and labels of the gateway's own meters, as Micrometer writes them; the Prometheus
 * registry turns the dots into underscores and adds the unit and {@code _total} (README, "Metrics").
 */
final class MeterNames {

    static final String MESSAGES_ACCEPTED = "switchboard.messages.accepted";
    static final String DELIVERIES_ACCEPTED = "switchboard.deliveries.accepted";
    static final String DELIVERY_OUTCOMES = "switchboard.delivery.outcomes";
    static final String PROVIDER_CALLS = "switchboard.provider.call";
    static final String RATE_LIMITED = "switchboard.rate.limited.requests";
    static final String IDEMPOTENT_REPLAYS = "switchboard.idempotent.replays";
    static final String OUTBOX_DELIVERIES = "switchboard.outbox.deliveries";
    static final String OUTBOX_OLDEST_DUE_AGE = "switchboard.outbox.oldest.due.age";
    static final String EVENT_POSTS = "switchboard.event.posts";
    static final String EVENTS_WAITING = "switchboard.events.waiting";

    static final String API = "api";
    static final String CHANNEL = "channel";
    static final String PROVIDER = "provider";
    static final String OUTCOME = "outcome";
    static final String STATE = "state";
    static final String TENANT = "tenant";
    static final String TYPE = "type";

    private MeterNames() {
    }
}
