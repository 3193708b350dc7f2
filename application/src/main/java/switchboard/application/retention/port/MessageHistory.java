package switchboard.application.retention.port;

import java.time.Instant;

import switchboard.application.retention.RetentionScope;

/** Finished messages, kept for their status reads until the retention purge deletes them. */
public interface MessageHistory {

    /**
     * Deletes, in one short transaction, finished messages of the scope whose last delivery update
     * (or, without deliveries, whose creation) is before {@code finishedBefore}. A message is
     * finished when none of its deliveries is queued or being sent. Its deliveries go first, at most
     * {@code limit} of them; the message and its attachments go with its last delivery, so a message
     * with more deliveries than the limit takes several batches. At most {@code limit} messages are
     * deleted. Deliveries that are queued, sending or newer are never deleted, even if they became so
     * while the batch ran.
     */
    PurgedBatch deleteFinished(RetentionScope scope, Instant finishedBefore, int limit);
}
