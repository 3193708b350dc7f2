package switchboard.adapter.in.fliplet;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import switchboard.domain.InvalidValueException;

/**
 * Sends a batch's items one by one, each its own message, so that a bad item is reported and
 * never keeps the good ones out. When none is accepted the answer is a 400 in Fliplet's error
 * shape, still listing each item's error.
 */
public final class Batches {

    private Batches() {
    }

    public static <T> HttpResponse<?> send(List<T> items, Function<T, AcceptedMessage> sendOne) {
        if (items == null || items.isEmpty()) {
            throw new InvalidRequestException("The batch holds no items.");
        }
        List<BatchResult.Item> results = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            if (items.get(index) == null) {
                results.add(BatchResult.Item.rejected(index, "An item must be a JSON object."));
                continue;
            }
            try {
                results.add(BatchResult.Item.accepted(index, sendOne.apply(items.get(index))));
            } catch (InvalidRequestException | InvalidValueException e) {
                results.add(BatchResult.Item.rejected(index, e.getMessage()));
            }
        }
        BatchResult batch = BatchResult.of(results);
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
