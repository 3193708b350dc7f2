package switchboard.application.retention;

import java.util.Objects;
import java.util.Set;

import switchboard.domain.tenant.TenantId;

/** Whose messages one pass of the purge looks at: one tenant with its own retention, or the rest. */
public sealed interface RetentionScope {

    /** The messages of one tenant. */
    record OneTenant(TenantId tenantId) implements RetentionScope {

        public OneTenant {
            Objects.requireNonNull(tenantId, "tenantId");
        }
    }

    /** The messages of every tenant but these (those with a retention of their own). */
    record AllTenantsExcept(Set<TenantId> excluded) implements RetentionScope {

        public AllTenantsExcept {
            excluded = Set.copyOf(excluded);
        }
    }
}
