package switchboard.adapter.in.admin.inbox;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record InboxList(List<InboxItemView> items, int offset, int limit) {
}
