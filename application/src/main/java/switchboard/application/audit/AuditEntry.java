package switchboard.application.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An admin action as the audit log keeps it. */
public record AuditEntry(UUID id, Instant at, AdminAction action) {

    /** The longest actor, address, action and target kept; longer ones (which only a caller's own path makes) are cut. */
    public static final int MAX_ACTOR = 128;
    public static final int MAX_ADDRESS = 100;
    public static final int MAX_ACTION = 200;
    public static final int MAX_TARGET = 500;

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        action = new AdminAction(cut(action.actor(), MAX_ACTOR), action.actorTenant(), cut(action.address(), MAX_ADDRESS),
                action.tenantId(), cut(action.action(), MAX_ACTION), cut(action.target(), MAX_TARGET), action.status());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
