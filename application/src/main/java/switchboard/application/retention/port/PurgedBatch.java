package switchboard.application.retention.port;

/**
 * What one batch of the purge deleted.
 *
 * @param messages   messages deleted, with their attachments
 * @param deliveries deliveries deleted, with their sealed credentials
 */
public record PurgedBatch(int messages, int deliveries) {

    /** Whether the batch stopped at its limit, so that more may be left to purge. */
    public boolean reached(int limit) {
        return messages >= limit || deliveries >= limit;
    }
}
