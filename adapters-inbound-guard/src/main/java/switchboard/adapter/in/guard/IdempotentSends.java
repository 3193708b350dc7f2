package switchboard.adapter.in.guard;

import io.micronaut.http.HttpRequest;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import switchboard.application.guard.IdempotencyClaim;
import switchboard.application.send.BatchItem;
import switchboard.application.send.SendCommand;
import switchboard.domain.message.MessageId;

/**
 * Sends made under an Idempotency-Key get message ids derived from the key's request id, so that
 * every attempt at the request (one made after a lost answer, say) names the same messages, and
 * the store keeps them once and answers the repeat as the first attempt would have been answered.
 * A send without the key keeps new ids.
 */
public final class IdempotentSends {

    /** The request attribute under which {@link RequestGuardFilter} leaves the claim it granted. */
    static final String GRANTED_CLAIM = IdempotentSends.class.getName() + ".claim";

    private IdempotentSends() {
    }

    /** The send of a request that sends one message. */
    public static SendCommand single(HttpRequest<?> request, SendCommand command) {
        return command.withMessageId(messageId(request, 0));
    }

    /** The sends of a request that sends a batch, each item its own message. */
    public static List<BatchItem> batch(HttpRequest<?> request, List<BatchItem> items) {
        return IntStream.range(0, items.size()).mapToObj(index -> items.get(index) instanceof BatchItem.Send send
                ? new BatchItem.Send(send.command().withMessageId(messageId(request, index))) : items.get(index)).toList();
    }

    private static Optional<MessageId> messageId(HttpRequest<?> request, int index) {
        return request.getAttribute(GRANTED_CLAIM, IdempotencyClaim.Granted.class)
                .map(claim -> MessageId.derived(claim.requestId(), index));
    }
}
