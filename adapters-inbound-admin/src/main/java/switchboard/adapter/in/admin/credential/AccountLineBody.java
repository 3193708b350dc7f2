package switchboard.adapter.in.admin.credential;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import switchboard.application.credential.AccountLine;
import switchboard.domain.InvalidValueException;
import switchboard.domain.tenant.TenantId;

/**
 * One line of an accounts import: {@code {"tenant": {"id": ..., "name": ...}}}, or
 * {@code {"tenantId": ..., "credential": {...}}} with a credential as {@code POST .../credentials} takes it.
 */
@Serdeable
record AccountLineBody(@Nullable TenantLine tenant, @Nullable String tenantId, @Nullable NewCredential credential) {

    AccountLine line(int number) {
        if ((tenant == null) == (credential == null)) {
            throw new InvalidValueException("a line has either a 'tenant' or a 'credential'");
        }
        if (tenant != null) {
            return new AccountLine.NewTenant(number, new TenantId(tenant.id()), tenant.name());
        }
        if (tenantId == null) {
            throw new InvalidValueException("a credential's line names its 'tenantId'");
        }
        return new AccountLine.NewCredential(number, credential.command(new TenantId(tenantId)));
    }

    @Serdeable
    record TenantLine(@Nullable String id, @Nullable String name) {
    }
}
