package switchboard.adapter.in.fliplet;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import switchboard.adapter.in.guard.IdempotentSends;
import switchboard.application.send.BatchItem;
import switchboard.application.send.BatchSendOutcome;
import switchboard.application.send.SendBatchUseCase;
import switchboard.application.send.SendCommand;
import switchboard.domain.InvalidValueException;
import switchboard.domain.tenant.TenantId;

/**
 * Sends a batch's items, each its own message, all stored in one transaction; a bad item is
 * reported and never keeps the good ones out. When none is accepted the answer is a 400 in
 * Fliplet's error shape, still listing each item's error.
 */
public final class Batches {

    private Batches() {
    }

    public static <T> HttpResponse<?> send(HttpRequest<?> http, List<T> items, Function<T, SendCommand> command,
                                           TenantId tenant, SendBatchUseCase sendBatch) {
        if (items == null || items.isEmpty()) {
            throw new InvalidRequestException("The batch holds no items.");
        }
        List<BatchSendOutcome> outcomes = sendBatch.sendAll(tenant, IdempotentSends.batch(http,
                items.stream().map(item -> batchItem(item, command)).toList()));
        BatchResult batch = BatchResult.of(IntStream.range(0, items.size())
                .mapToObj(index -> result(index, outcomes.get(index))).toList());
        if (batch.accepted() == 0) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new Refused("bad request",
                    "None of the " + items.size() + " items was accepted.", batch.results()));
        }
        return HttpResponse.ok(batch);
    }

    private static <T> BatchItem batchItem(T item, Function<T, SendCommand> command) {
        if (item == null) {
            return new BatchItem.Refused("An item must be a JSON object.");
        }
        try {
            return new BatchItem.Send(command.apply(item));
        } catch (InvalidRequestException | InvalidValueException e) {
            return new BatchItem.Refused(e.getMessage());
        }
    }

    private static BatchResult.Item result(int index, BatchSendOutcome outcome) {
        return outcome instanceof BatchSendOutcome.Sent sent
                ? BatchResult.Item.accepted(index, AcceptedMessage.of(sent.result()))
                : BatchResult.Item.rejected(index, ((BatchSendOutcome.Refused) outcome).reason());
    }

    /** Fliplet's error shape, with each item's error. */
    @Serdeable
    record Refused(String error, String message, List<BatchResult.Item> results) {
    }
}
