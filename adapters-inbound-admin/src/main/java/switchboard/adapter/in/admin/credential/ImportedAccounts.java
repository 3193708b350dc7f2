package switchboard.adapter.in.admin.credential;

import io.micronaut.serde.annotation.Serdeable;

/** How many tenants and credentials an accounts import created. */
@Serdeable
public record ImportedAccounts(int tenants, int credentials) {
}
