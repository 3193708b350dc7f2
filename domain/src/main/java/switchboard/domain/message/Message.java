package switchboard.domain.message;

import java.time.Instant;
import java.util.Objects;

import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.requireText;

/**
 * One request to reach people: what to say and how, sent to recipients by deliveries.
 *
 * @param origin which API accepted it (e.g. {@code admin}, {@code fliplet}), for status and audit
 */
public record Message(MessageId id, TenantId tenantId, String origin, Content content, EmailOptions email, Instant createdAt) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        requireText(origin, "origin", 32);
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
