package switchboard.application.contract;

import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import switchboard.domain.contact.ContactFields;
import switchboard.domain.tenant.Tenant;
import switchboard.domain.tenant.TenantId;

/**
 * The base of the port contracts: each runs against every implementation (in memory, H2,
 * PostgreSQL), each test on empty stores with two tenants.
 */
public abstract class StoreContract {

    /** Times are kept to the microsecond, which both databases store exactly. */
    protected static final Instant NOW = Instant.parse("2026-11-22T10:00:00.123456Z");
    protected static final TenantId ACME = new TenantId("acme");
    protected static final TenantId GLOBEX = new TenantId("globex");

    protected StoreSet stores;

    /** Stores over an empty database. */
    protected abstract StoreSet emptyStores();

    @BeforeEach
    void setUpStores() {
        stores = emptyStores();
        stores.tenants().add(new Tenant(ACME, "Acme", ContactFields.DEFAULT, NOW));
        stores.tenants().add(new Tenant(GLOBEX, "Globex", ContactFields.DEFAULT, NOW));
    }

    protected static Instant later(long seconds) {
        return NOW.plus(seconds, ChronoUnit.SECONDS);
    }
}
