package switchboard.application.shared;

import static switchboard.domain.Invariants.require;

/** A window into a long list: skip {@code offset} items, return at most {@code limit}. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        require(offset >= 0, "offset must not be negative");
        require(limit >= 1 && limit <= MAX_LIMIT, "limit must be between 1 and %d", MAX_LIMIT);
    }
}
