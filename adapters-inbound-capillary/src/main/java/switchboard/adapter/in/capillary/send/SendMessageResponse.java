package switchboard.adapter.in.capillary.send;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

import switchboard.adapter.in.capillary.CapillaryStatus;
import switchboard.adapter.in.capillary.Fault;

/** The answer of {@code sendMessage}: the status and the channel's list, under the name Capillary gives it. */
@Serdeable
public record SendMessageResponse(CapillaryStatus status, List<ItemResult> smsList, List<ItemResult> emails,
                                  List<ItemResult> whatsapp, List<ItemResult> zalo) {

    static SendMessageResponse of(CapillaryChannel channel, List<ItemResult> results) {
        CapillaryStatus status = CapillaryStatus.ofBatch(results.size(),
                (int) results.stream().filter(ItemResult::accepted).count());
        return switch (channel) {
            case SMS -> new SendMessageResponse(status, results, null, null, null);
            case EMAIL -> new SendMessageResponse(status, null, results, null, null);
            case WHATSAPP -> new SendMessageResponse(status, null, null, results, null);
            case ZALO -> new SendMessageResponse(status, null, null, null, results);
        };
    }

    /** A request refused as a whole: the status alone. */
    static SendMessageResponse refused(Fault fault, String message) {
        return new SendMessageResponse(CapillaryStatus.refused(fault, message), null, null, null, null);
    }
}
