package switchboard.adapter.in.capillary.send;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import switchboard.application.send.RecipientRequest;
import switchboard.application.send.SendCommand;
import switchboard.domain.message.Content;
import switchboard.domain.tenant.TenantId;

/** Reads one channel's items: each is checked on its own and becomes a message of its own. */
interface ItemReader<I> {

    String ORIGIN = "capillary";

    /** The channel's items in the batch; null or empty when it has none. */
    List<I> items(MessageBatch batch);

    /** The send for an item, or empty with the reasons recorded in {@code check}. */
    Optional<SendCommand> read(I item, TenantId tenant, ItemCheck check);

    /** The item as the answer echoes it, with what {@code check} found; the item is null when the list held a null. */
    ItemResult result(I item, ItemCheck check);

    static SendCommand command(TenantId tenant, Content content, List<RecipientRequest> recipients,
                               Optional<Instant> notBefore) {
        SendCommand command = SendCommand.of(tenant, ORIGIN, content, recipients);
        return notBefore.map(command::withNotBefore).orElse(command);
    }
}
