package switchboard.application.event.port;

/**
 * The events waiting in the endpoints' queues, by the state of their endpoint.
 *
 * @param active  waiting for endpoints that take their posts
 * @param failing waiting for endpoints whose last post failed, retried after a wait
 * @param paused  kept for paused endpoints until they are resumed
 */
public record EventBacklog(long active, long failing, long paused) {
}
