package switchboard.application.guard;

import java.util.Objects;

import switchboard.domain.tenant.TenantId;

import static switchboard.domain.Invariants.requireText;

/**
 * Who is calling which API, as the rate limits count it.
 *
 * @param api        the name its guard gives the API, as the rate-limit settings name it (such as {@code fliplet})
 * @param credential what identifies the caller's credential within the tenant (its id, or an admin's username)
 */
public record ApiCaller(String api, TenantId tenantId, String credential) {

    public ApiCaller {
        requireText(api, "api", 32);
        Objects.requireNonNull(tenantId, "tenantId");
        requireText(credential, "credential", 128);
    }
}
