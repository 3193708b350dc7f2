package switchboard.adapter.in.fliplet;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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

    public static <T> HttpResponse<?> send(List<T> items, Function<T, SendCommand> command, TenantId tenant,
                                           SendBatchUseCase sendBatch) {
        if (items == null || items.isEmpty()) {
            throw new InvalidRequestException("The batch holds no items.");
        }
        BatchResult.Item[] results = new BatchResult.Item[items.size()];
        List<Integer> indexes = new ArrayList<>();
        List<SendCommand> commands = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            if (items.get(index) == null) {
                results[index] = BatchResult.Item.rejected(index, "An item must be a JSON object.");
                continue;
            }
            try {
                commands.add(command.apply(items.get(index)));
                indexes.add(index);
            } catch (InvalidRequestException | InvalidValueException e) {
                results[index] = BatchResult.Item.rejected(index, e.getMessage());
            }
        }
        List<BatchSendOutcome> outcomes = commands.isEmpty() ? List.of() : sendBatch.sendAll(tenant, commands);
        for (int sent = 0; sent < outcomes.size(); sent++) {
            int index = indexes.get(sent);
            results[index] = outcomes.get(sent) instanceof BatchSendOutcome.Sent accepted
                    ? BatchResult.Item.accepted(index, AcceptedMessage.of(accepted.result()))
                    : BatchResult.Item.rejected(index, ((BatchSendOutcome.Refused) outcomes.get(sent)).reason());
        }
        BatchResult batch = BatchResult.of(List.of(results));
        if (batch.accepted() == 0) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new Refused("bad request",
                    "None of the " + items.size() + " items was accepted.", batch.results()));
        }
        return HttpResponse.ok(batch);
    }

    /** Fliplet's error shape, with each item's error. */
    @Serdeable
    record Refused(String error, String message, List<BatchResult.Item> results) {
    }
}
