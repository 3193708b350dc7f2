package switchboard.adapter.in.fliplet;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The answer to a batch: every valid item is accepted and each bad one is reported, in
 * request order, by its index.
 */
@Serdeable
public record BatchResult(int accepted, int rejected, List<Item> results) {

    public static BatchResult of(List<Item> results) {
        int rejected = (int) results.stream().filter(item -> item.error() != null).count();
        return new BatchResult(results.size() - rejected, rejected, results);
    }

    /** An item's fate: the message it became, or the error that kept it out. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, String messageId, Integer recipients, List<AcceptedDelivery> deliveries, String error) {

        public static Item accepted(int index, AcceptedMessage message) {
            return new Item(index, message.messageId(), message.recipients(), message.deliveries(), null);
        }

        public static Item rejected(int index, String error) {
            return new Item(index, null, null, null, error);
        }
    }
}
