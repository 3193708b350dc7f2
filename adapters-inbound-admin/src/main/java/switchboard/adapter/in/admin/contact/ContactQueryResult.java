package switchboard.adapter.in.admin.contact;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** How many contacts the scope matches, and the ids of one page of them. */
@Serdeable
public record ContactQueryResult(long count, List<String> ids, int offset, int limit) {
}
