package switchboard.application.guard;

import java.util.Objects;

import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.require;

/**
 * A request sent with an {@code Idempotency-Key}. Keys are the tenant's: two tenants may use the same.
 *
 * @param caller who sent it, to which API
 * @param target the request's method, path and query: a key stands for one request to one endpoint
 * @param body   the request's body as received
 */
public record IdempotentRequest(ApiCaller caller, String key, String target, byte[] body) {

    public static final int MAX_KEY_LENGTH = 255;

    public IdempotentRequest {
        Objects.requireNonNull(caller, "caller");
        require(key != null && !key.isEmpty(), "Idempotency-Key is empty");
        require(key.length() <= MAX_KEY_LENGTH, "Idempotency-Key is longer than %d characters", MAX_KEY_LENGTH);
        require(key.chars().allMatch(c -> c >= 0x20 && c < 0x7f),
                "Idempotency-Key may hold printable ASCII characters only");
        Objects.requireNonNull(target, "target");
        body = body == null ? new byte[0] : body.clone();
    }

    public TenantId tenantId() {
        return caller.tenantId();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
